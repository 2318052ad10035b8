// The engine, loaded when the first scan starts so the panel opens at once; extension code reaches it only through shared/index.ts.
export const loadEngine = () => import('../../shared/index.ts');
export type Engine = Awaited<ReturnType<typeof loadEngine>>;

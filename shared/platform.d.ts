// The few platform globals the engine relies on. Node, browsers and Word's web views all provide
// them; declaring them here keeps DOM and Node typings (and with them `document`, `fs`) out of the engine.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

// Counties, cities and Welsh principal areas (and, for places, countries): each holds too many people to
// point at one person, so a lone name that is one is a place, and a place that is one identifies no child.
import ukAreas from '../lexicons/uk-areas.json' with { type: 'json' };
import publicPlaces from '../lexicons/public-places.json' with { type: 'json' };

/** The UK's counties, principal areas and larger towns and cities, lower case. */
export const UK_AREAS: ReadonlySet<string> = new Set(ukAreas.areas.map((a) => a.toLowerCase()));

/** UK_AREAS with countries and the Welsh names of large areas: too large for a place to identify a child. */
export const LARGE_AREAS: ReadonlySet<string> = new Set([
  ...UK_AREAS,
  ...[...publicPlaces.countries, ...publicPlaces.welshLargeAreas].map((a) => a.toLowerCase()),
]);

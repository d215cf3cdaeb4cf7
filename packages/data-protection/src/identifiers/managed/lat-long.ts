/** Latitude/longitude: a decimal-degree pair only (AWS: DDM and DMS are not supported). */
import type { ManagedIdentifier } from '../types.js';

const LAT = '[-+]?(?:90(?:\\.0+)?|[1-8]?\\d\\.\\d+)';
const LONG = '[-+]?(?:180(?:\\.0+)?|(?:1[0-7]\\d|[1-9]?\\d)\\.\\d+)';

export const latLong: ManagedIdentifier = {
  name: 'LatLong',
  category: 'Personal',
  pattern: new RegExp(`(?<![\\w.+-])${LAT}\\s?,\\s?${LONG}(?![\\w.])`, 'g'),
  keywords: ['coordinate', 'coordinates', 'lat long', 'latitude longitude', 'location', 'position'],
};

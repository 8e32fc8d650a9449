/**
 * Every model generator. Each name matches an entry of scripts/content/models.ts; the lists are
 * split by kind so each file stays small.
 */
import type { ModelGenerator } from '../types';
import { FURNITURE_GENERATORS } from './furniture';
import { SCIENCE_GENERATORS } from './science';
import { VEHICLE_GENERATORS } from './vehicles';

export const GENERATORS: readonly ModelGenerator[] = [...SCIENCE_GENERATORS, ...VEHICLE_GENERATORS, ...FURNITURE_GENERATORS];

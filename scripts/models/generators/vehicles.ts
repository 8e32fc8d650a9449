/** Vehicles, spacecraft and robots. */
import type { ModelGenerator } from '../types';

export const VEHICLE_GENERATORS: readonly ModelGenerator[] = [];

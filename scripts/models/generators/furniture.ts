/** Booth furniture and small display items. */
import type { ModelGenerator } from '../types';
import { pedestal } from './pedestal';

export const FURNITURE_GENERATORS: readonly ModelGenerator[] = [pedestal];

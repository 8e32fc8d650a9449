/** Science and industry exhibits: fusion, nuclear, astronomy, accelerators, medicine, energy. */
import type { ModelGenerator } from '../types';

export const SCIENCE_GENERATORS: readonly ModelGenerator[] = [];

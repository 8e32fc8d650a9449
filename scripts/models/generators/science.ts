/** Science and industry exhibits: fusion, nuclear, astronomy, accelerators, medicine, energy. */
import type { ModelGenerator } from '../types';
import { cosmicRayDetector } from './cosmicRayDetector';
import { fastDish } from './fastDish';
import { flashRadiotherapy } from './flashRadiotherapy';
import { fuelCellStack } from './fuelCellStack';
import { gasTurbine } from './gasTurbine';
import { laserSystem } from './laserSystem';
import { materialShowcase } from './materialShowcase';
import { medicalCyclotron } from './medicalCyclotron';
import { nuclearUnit } from './nuclearUnit';
import { petalAccelerator } from './petalAccelerator';
import { riceDisplay } from './riceDisplay';
import { tokamak } from './tokamak';

export const SCIENCE_GENERATORS: readonly ModelGenerator[] = [tokamak, nuclearUnit, fastDish, medicalCyclotron, petalAccelerator, flashRadiotherapy, gasTurbine, cosmicRayDetector, riceDisplay, materialShowcase, fuelCellStack, laserSystem];

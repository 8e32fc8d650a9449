/** Vehicles, spacecraft, robots and production machines (shared parts in vehicleParts.ts). */
import type { ModelGenerator } from '../types';
import { printer3d } from './additivePrinter';
import { antiDroneVehicle } from './antiDroneVehicle';
import { autonomousCar } from './autonomousCar';
import { drone } from './drone';
import { electricCar } from './electricCar';
import { highSpeedTrain } from './highSpeedTrain';
import { humanoidRobot } from './humanoidRobot';
import { lunarLander } from './lunarLander';
import { lunarRover } from './lunarRover';
import { robotArm } from './robotArm';
import { rocket } from './rocket';
import { satellite } from './satellite';

export const VEHICLE_GENERATORS: readonly ModelGenerator[] = [lunarLander, lunarRover, humanoidRobot, highSpeedTrain, drone, electricCar, autonomousCar, satellite, rocket, antiDroneVehicle, robotArm, printer3d];

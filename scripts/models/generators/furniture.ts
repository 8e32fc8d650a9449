/**
 * Booth furniture and small display items: what stands in every booth (counters, screens,
 * banners, chairs, plants, walls, cases, kiosks, poster stands) and the small technology exhibits
 * that the halls repeat (server rack, 5G base station, chip showcase, VR station).
 */
import type { ModelGenerator } from '../types';
import { banner } from './banner';
import { baseStation } from './baseStation';
import { chair } from './chair';
import { chipShowcase } from './chipShowcase';
import { counter } from './counter';
import { displayCase } from './displayCase';
import { kiosk } from './kiosk';
import { partition } from './partition';
import { pedestal } from './pedestal';
import { plant } from './plant';
import { posterStand } from './posterStand';
import { screen } from './screen';
import { serverRack } from './serverRack';
import { vrStation } from './vrStation';

export const FURNITURE_GENERATORS: readonly ModelGenerator[] = [
  pedestal,
  counter,
  screen,
  banner,
  chair,
  plant,
  partition,
  displayCase,
  kiosk,
  posterStand,
  serverRack,
  baseStation,
  chipShowcase,
  vrStation,
];

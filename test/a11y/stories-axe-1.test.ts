import { defineAxeSweep } from './axe-sweep.js';

await defineAxeSweep(0, 4);

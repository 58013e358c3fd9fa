import { defineAxeSweep } from './axe-sweep.js';

await defineAxeSweep(1, 4);

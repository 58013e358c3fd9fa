import { defineAxeSweep } from './axe-sweep.js';

await defineAxeSweep(3, 4);

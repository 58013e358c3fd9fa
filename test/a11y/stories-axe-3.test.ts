import { defineAxeSweep } from './axe-sweep.js';

await defineAxeSweep(2, 4);

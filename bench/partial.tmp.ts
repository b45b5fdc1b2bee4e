import { runQaBench } from './qa.js';
for (const line of await runQaBench()) console.log(line);

import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { storeContract } from './store-contract.js';

storeContract('memory store', async () => ({ store: createMemoryStore(), cleanup: async () => {} }));

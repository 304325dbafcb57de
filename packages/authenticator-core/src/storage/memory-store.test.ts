import { keyValueStoreConformance } from '../test-fixtures';
import { MemoryStore } from './memory-store';

keyValueStoreConformance('MemoryStore', async () => new MemoryStore());

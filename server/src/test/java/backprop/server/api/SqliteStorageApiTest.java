package backprop.server.api;

import backprop.server.store.TempDatabase;

/** The storage API on the embedded default: an SQLite file. */
class SqliteStorageApiTest extends StorageApiContract {

    @Override
    TempDatabase newDatabase() {
        return TempDatabase.sqlite();
    }
}

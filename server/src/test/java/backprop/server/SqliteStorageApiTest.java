package backprop.server;

/** The storage API on the embedded default: an SQLite file. */
class SqliteStorageApiTest extends StorageApiContract {

    @Override
    TempDatabase newDatabase() {
        return TempDatabase.sqlite();
    }
}

package backprop.server.api;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import backprop.server.store.TempDatabase;
import backprop.server.store.TestPostgres;
import org.junit.jupiter.api.BeforeAll;

/**
 * The storage API on PostgreSQL (see {@link TestPostgres} for where it comes from). Skipped
 * when no PostgreSQL is installed, except where {@code BACKPROP_REQUIRE_POSTGRES=1} (CI).
 */
class PostgresStorageApiTest extends StorageApiContract {

    @BeforeAll
    static void needsPostgres() {
        String why = TestPostgres.unavailableBecause();
        if (why != null && TestPostgres.required()) {
            fail(TestPostgres.REQUIRE_VARIABLE + "=1 but PostgreSQL is not available: " + why);
        }
        assumeTrue(why == null, () -> "PostgreSQL tests skipped: " + why);
    }

    @Override
    TempDatabase newDatabase() {
        return TempDatabase.postgres();
    }
}

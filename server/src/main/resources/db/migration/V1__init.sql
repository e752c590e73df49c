-- Presets and datasets are immutable rows whose id is a hash of their content.
-- Times are milliseconds since 1970 (UTC). The SQL is plain enough for SQLite and PostgreSQL alike.

CREATE TABLE preset (
    id         VARCHAR(32)  NOT NULL PRIMARY KEY,
    state      TEXT         NOT NULL,
    title      TEXT         NOT NULL,
    weights    TEXT,
    created_at BIGINT       NOT NULL
);

CREATE TABLE dataset (
    id           VARCHAR(32) NOT NULL PRIMARY KEY,
    name         TEXT        NOT NULL,
    problem      VARCHAR(16) NOT NULL,
    classes      INTEGER     NOT NULL,
    class_names  TEXT        NOT NULL,
    column_names TEXT        NOT NULL,
    row_count    INTEGER     NOT NULL,
    data         TEXT        NOT NULL,
    created_at   BIGINT      NOT NULL
);

CREATE INDEX dataset_created ON dataset (created_at);

-- One row per accepted write, kept for the rate limit's window.
CREATE TABLE write_log (
    client VARCHAR(64) NOT NULL,
    at     BIGINT      NOT NULL
);

CREATE INDEX write_log_client_at ON write_log (client, at);

CREATE INDEX write_log_at ON write_log (at);

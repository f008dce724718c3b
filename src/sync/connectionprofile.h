// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ServiceDeck::Sync {

// How the program reaches its data.
enum class ConnectionMode {
    Standalone, // a local SQLite file, no hub
    Direct,     // the shared PostgreSQL itself, refreshed live by NOTIFY
    Cached,     // a local SQLite replica of a PostgreSQL hub, synced when the hub is reachable
};

// A named way to start: which database the program reads and writes, and for cached mode the
// hub it syncs with. URLs carry no password: it is kept in the OS keychain or asked for.
struct ConnectionProfile
{
    QString name;
    ConnectionMode mode = ConnectionMode::Standalone;
    QString databaseUrl; // standalone and cached: sqlite:PATH; direct: postgresql://…
    QString hubUrl;      // cached only: postgresql://… of the hub
    QString login;       // who works; empty: the database's first administrator

    bool isCached() const { return mode == ConnectionMode::Cached; }
};

} // namespace ServiceDeck::Sync

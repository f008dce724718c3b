// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "sync/connectionprofile.h"

#include <QString>

namespace ServiceDeck::Views {

// A database URL and the password it carried, taken apart so that each is kept where it
// belongs: the URL in the settings, the password in the keychain.
struct SplitUrl
{
    QString url;      // without the password
    QString password; // empty when the URL had none
};

// Takes the password out of a postgresql:// URL; other URLs come back as they are.
Result<SplitUrl> splitPassword(const QString &url);
// Puts a password back into a postgresql:// URL at connect time; an empty password changes nothing.
QString withPassword(const QString &url, const QString &password);
// True for postgresql:// (and postgres://) URLs.
bool isPostgresUrl(const QString &url);

// The mode a pair of command-line URLs names: --db alone is standalone (sqlite) or direct
// (postgresql); --db sqlite:… with --hub postgresql://… is cached.
Result<Sync::ConnectionProfile> profileFromUrls(const QString &databaseUrl, const QString &hubUrl);

// Connects to a PostgreSQL server and leaves again without writing anything: the "Test
// connection" button. The URL carries its password.
Result<void> testConnection(const QString &url);

// For lists and messages: "Standalone", "Direct", "Cached".
QString modeLabel(Sync::ConnectionMode mode);

} // namespace ServiceDeck::Views

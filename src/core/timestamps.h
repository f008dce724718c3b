// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ServiceDeck {

// Instants travel as ISO 8601 UTC text with milliseconds, fixed width, so that text order is
// time order in SQLite and PostgreSQL reads them as timestamptz.
QString toIsoUtc(const QDateTime &instant);
// Accepts an ISO 8601 date ("2026-03-01", taken as midnight UTC) or date-time with or without an
// offset (no offset means UTC); nullopt when it is not one.
std::optional<QDateTime> parseIsoInstant(QStringView text);

} // namespace ServiceDeck

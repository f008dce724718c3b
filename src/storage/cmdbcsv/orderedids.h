// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>

namespace ServiceDeck::Storage::Internal {

// Ids for the records of one import, in increasing order: time-ordered UUIDs (version 7 of
// RFC 9562: the time in milliseconds, then random bits counted up from a random start). Random
// version 4 ids put each of a million new keys (CIs, attributes, journal ops) at a random place
// of the indexes, and SQLite then spent the import reading and writing index pages; ordered
// ids are appended where the import's other ids are. Unique like any UUID.
class OrderedIds
{
public:
    OrderedIds();
    QUuid next();

private:
    quint64 m_high = 0; // time, version and 12 random bits
    quint64 m_low = 0;  // variant and the counted random bits
};

} // namespace ServiceDeck::Storage::Internal

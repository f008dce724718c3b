// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ServiceDeck::Storage::Internal {

// The only source of chance in the seeder: one seeded stream per phase, so that a phase's
// data depends on the seed and on what came before it, never on the clock or the machine.
class SeedRandom
{
public:
    SeedRandom(quint32 seed, quint32 stream);

    int below(int bound) { return bound <= 1 ? 0 : int(m_engine.bounded(quint32(bound))); }
    qint64 below64(qint64 bound);
    int between(int low, int high) { return low + below(high - low + 1); } // inclusive
    qint64 between64(qint64 low, qint64 high) { return low + below64(high - low + 1); }
    double unit() { return m_engine.generateDouble(); }
    bool chance(double probability) { return unit() < probability; }
    // A duration around `median` with a long right tail, like real handling times.
    qint64 skewed(qint64 median);
    // An index into `weights` drawn in proportion to them.
    int weighted(std::initializer_list<double> weights);
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

    // A version 4 UUID as stored text (lower case, no braces), drawn from this stream.
    QString uuid();

private:
    QRandomGenerator m_engine;
};

// Version 4 UUIDs for one table, drawn from a SeedRandom in blocks and handed out in sorted
// order within each block. The ids are as random as single draws, but a batch of rows then
// meets the primary-key index in key order: SQLite walks its pages once per batch instead of
// jumping to a random page per row, which halves the cost of an index on random keys.
class IdPool
{
public:
    IdPool(SeedRandom &random, int blockSize) : m_random(random), m_blockSize(blockSize) {}
    QString next();

private:
    SeedRandom &m_random;
    int m_blockSize;
    QStringList m_block;
    qsizetype m_next = 0;
};

} // namespace ServiceDeck::Storage::Internal

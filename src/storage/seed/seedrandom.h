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
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    // A version 4 UUID as stored text (lower case, no braces), drawn from this stream.
    QString uuid();
    // The 128 bits of one, version and variant set; uuidText() spells them.
    void uuidBits(quint64 &high, quint64 &low);
    static QString uuidText(quint64 high, quint64 low);

private:
    QRandomGenerator m_engine;
};

// Version 4 UUIDs for one table, drawn from a SeedRandom a block at a time (by default the
// whole run's worth) and handed out in ascending order. Each id is as random as a single draw,
// but rows then reach their primary-key index, and every index on a column that holds these ids,
// in key order: SQLite appends to the right edge of the b-tree instead of rewriting pages all
// over it, which for a million tickets is most of the difference between a minute and five.
class IdPool
{
public:
    IdPool(SeedRandom &random, qint64 blockSize);
    QString next();

private:
    struct Bits
    {
        quint64 high;
        quint64 low;
        bool operator<(const Bits &other) const
        {
            return high != other.high ? high < other.high : low < other.low;
        }
    };
    SeedRandom &m_random;
    qint64 m_blockSize;
    QList<Bits> m_block;
    qsizetype m_next = 0;
};

} // namespace ServiceDeck::Storage::Internal

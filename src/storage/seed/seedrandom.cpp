// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedrandom.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace ServiceDeck::Storage::Internal {

SeedRandom::SeedRandom(quint32 seed, quint32 stream)
{
    std::seed_seq sequence{seed, stream, 0x5eed5eedu};
    m_engine.seed(sequence);
}

qint64 SeedRandom::below64(qint64 bound)
{
    if (bound <= 1)
        return 0;
    return qint64(m_engine.bounded(quint64(bound)));
}

qint64 SeedRandom::skewed(qint64 median)
{
    // exp of a roughly normal variate (sum of three uniforms): median stays, the tail is long.
    const double normal = (unit() + unit() + unit() - 1.5) * 2.0;
    return std::max<qint64>(1, qint64(double(median) * std::exp(normal * 0.9)));
}

int SeedRandom::weighted(std::initializer_list<double> weights)
{
    double total = 0;
    for (double weight : weights)
        total += weight;
    double draw = unit() * total;
    int index = 0;
    for (double weight : weights) {
        if (draw < weight)
            return index;
        draw -= weight;
        ++index;
    }
    return index - 1;
}

void SeedRandom::uuidBits(quint64 &high, quint64 &low)
{
    high = m_engine.generate64();
    low = m_engine.generate64();
    high = (high & ~quint64(0xF000)) | quint64(0x4000);           // version 4
    low = (low & ~(quint64(0xC0) << 56)) | (quint64(0x80) << 56); // RFC 4122 variant
}

QString SeedRandom::uuid()
{
    quint64 high = 0, low = 0;
    uuidBits(high, low);
    return uuidText(high, low);
}

QString SeedRandom::uuidText(quint64 high, quint64 low)
{
    static const char16_t hex[] = u"0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    QChar *out = text.data();
    int position = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            out[position++] = u'-';
        const quint64 word = nibble < 16 ? high : low;
        const int shift = 60 - 4 * (nibble % 16);
        out[position++] = QChar(hex[(word >> shift) & 0xF]);
    }
    return text;
}

IdPool::IdPool(SeedRandom &random, qint64 blockSize)
    : m_random(random)
    // Bounded so that a huge run holds a few million ids (16 bytes each) at most.
    , m_blockSize(std::clamp<qint64>(blockSize, 1, 4 * 1024 * 1024))
{}

QString IdPool::next()
{
    if (m_next >= m_block.size()) {
        m_block.resize(m_blockSize);
        for (Bits &bits : m_block)
            m_random.uuidBits(bits.high, bits.low);
        // Numeric order of the bits is the text order of the lower-case spelling.
        std::sort(m_block.begin(), m_block.end());
        m_next = 0;
    }
    const Bits &bits = m_block.at(m_next++);
    return SeedRandom::uuidText(bits.high, bits.low);
}

} // namespace ServiceDeck::Storage::Internal

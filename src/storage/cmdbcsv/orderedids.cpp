// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderedids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QtEndian>

namespace ServiceDeck::Storage::Internal {

OrderedIds::OrderedIds()
{
    QRandomGenerator *random = QRandomGenerator::system();
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFFFFFFFFFFull;
    m_high = (ms << 16) | 0x7000u | (random->generate() & 0x0FFFu);
    // The start leaves 2^60 ids of room below the variant bits, so counting never carries.
    m_low = (0x2ull << 62) | (random->generate64() & 0x0FFFFFFFFFFFFFFFull);
}

QUuid OrderedIds::next()
{
    ++m_low;
    uchar bytes[16];
    qToBigEndian(m_high, bytes);
    qToBigEndian(m_low, bytes + 8);
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16));
}

} // namespace ServiceDeck::Storage::Internal

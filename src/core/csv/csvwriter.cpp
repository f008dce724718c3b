// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QIODevice>

namespace ServiceDeck::Csv {

QString quoteField(const QString &value, QChar delimiter)
{
    const bool needsQuotes =
        value.contains(delimiter) || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r') ||
        (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString formatRecord(const QStringList &fields, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        line += quoteField(fields.at(i), delimiter);
    }
    line += QStringLiteral("\r\n");
    return line;
}

Writer::Writer(QIODevice &device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

bool Writer::writeRecord(const QStringList &fields)
{
    const QByteArray bytes = formatRecord(fields, m_delimiter).toUtf8();
    return m_device.write(bytes) == bytes.size();
}

} // namespace ServiceDeck::Csv

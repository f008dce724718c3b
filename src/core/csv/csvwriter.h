// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

class QIODevice;

namespace ServiceDeck::Csv {

// The field as RFC 4180 wants it: quoted only when it holds the delimiter, a quote, a line
// break or leading or trailing blanks (which spreadsheets would otherwise trim).
QString quoteField(const QString &value, QChar delimiter = u',');
// One record with its CRLF line end.
QString formatRecord(const QStringList &fields, QChar delimiter = u',');

// Writes records as UTF-8 (without a byte order mark) to a device the caller opened.
class Writer
{
public:
    explicit Writer(QIODevice &device, QChar delimiter = u',');

    // False when the device refused the bytes (disk full, closed pipe).
    bool writeRecord(const QStringList &fields);

private:
    QIODevice &m_device;
    QChar m_delimiter;
};

} // namespace ServiceDeck::Csv

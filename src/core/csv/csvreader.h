// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ServiceDeck::Csv {

// One record of a file: its fields and the line it starts on (a quoted field may span lines).
struct Record
{
    int line = 0;
    QStringList fields;
    bool broken = false; // a quoting error was found in it; its fields are a best guess
};

// What is wrong where: line and column (1-based, in characters) of the offending character, and
// the 0-based index of the field it belongs to.
struct ParseError
{
    int line = 0;
    int column = 0;
    int field = 0;
    QString message;
};

struct Table
{
    QChar delimiter = u',';
    QList<Record> records; // the header is the first record; blank lines are left out
    QList<ParseError> errors;
};

// The delimiter of a file, comma or semicolon: whichever occurs more often outside quotes in
// its first line (a spreadsheet in a German locale saves with semicolons). Comma on a tie.
QChar detectDelimiter(QStringView text);

// Reads RFC 4180 text: UTF-8 with or without a byte order mark, CRLF or LF line ends, quoted
// fields with "" for a quote and with embedded line breaks (read back as LF). Reading goes on
// after a stray quote so that one pass reports every broken record; an unterminated quote ends
// the file. A null delimiter means detectDelimiter().
Table read(const QByteArray &content, QChar delimiter = QChar());

} // namespace ServiceDeck::Csv

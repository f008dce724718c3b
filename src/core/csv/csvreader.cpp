// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "core/tr.h"

#include <QStringDecoder>

namespace ServiceDeck::Csv {

namespace {

constexpr QChar Quote = u'"';
constexpr QChar Cr = u'\r';
constexpr QChar Lf = u'\n';

// The line of the first byte that is not UTF-8, so the message can point at it.
int firstInvalidLine(const QByteArray &content)
{
    int line = 1;
    for (const QByteArray &bytes : content.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString ignored = decoder.decode(bytes);
        Q_UNUSED(ignored);
        if (decoder.hasError())
            return line;
        ++line;
    }
    return line;
}

// A cursor over the text that knows the line and column of the character it stands on.
class Reader
{
public:
    Reader(const QString &text, QChar delimiter, Table &table)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_table(table)
    {}

    void run()
    {
        while (m_pos < m_text.size()) {
            if (!readRecord())
                return;
        }
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar current() const { return m_text.at(m_pos); }
    bool atLineEnd() const { return current() == Lf || current() == Cr; }
    int column() const { return int(m_pos - m_lineStart) + 1; }

    void advance()
    {
        if (current() == Lf ||
            (current() == Cr && (m_pos + 1 >= m_text.size() || m_text.at(m_pos + 1) != Lf))) {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }

    // Consumes a line end (CRLF, LF or a lone CR) if the cursor stands on one.
    void skipLineEnd()
    {
        if (!atEnd() && current() == Cr)
            advance();
        if (!atEnd() && current() == Lf)
            advance();
    }

    void error(Record &record, int line, int col, const QString &message)
    {
        record.broken = true;
        m_table.errors << ParseError{line, col, int(record.fields.size()), message};
    }

    // Reads one record; false when reading cannot go on (an unterminated quote).
    bool readRecord()
    {
        Record record;
        record.line = m_line;
        if (atLineEnd()) { // a blank line
            skipLineEnd();
            return true;
        }
        for (;;) {
            QString field;
            if (!atEnd() && current() == Quote) {
                if (!readQuoted(record, field))
                    return false;
            } else {
                readPlain(record, field);
            }
            record.fields << field;
            if (atEnd())
                break;
            if (current() == m_delimiter) {
                advance();
                continue;
            }
            skipLineEnd();
            break;
        }
        m_table.records << record;
        return true;
    }

    void readPlain(Record &record, QString &field)
    {
        const qsizetype start = m_pos;
        while (!atEnd() && current() != m_delimiter && !atLineEnd()) {
            if (current() == Quote)
                error(record, m_line, column(),
                      Tr::tr("A quote inside an unquoted field; quote the whole field and "
                             "double the quote"));
            advance();
        }
        field = m_text.mid(start, m_pos - start);
    }

    bool readQuoted(Record &record, QString &field)
    {
        const int startLine = m_line;
        const int startColumn = column();
        advance(); // the opening quote
        for (;;) {
            if (atEnd()) {
                error(record, startLine, startColumn,
                      Tr::tr("The quoted field that starts here is never closed"));
                m_table.records << record;
                return false;
            }
            const QChar c = current();
            if (c == Quote) {
                advance();
                if (!atEnd() && current() == Quote) {
                    field += Quote;
                    advance();
                    continue;
                }
                break;
            }
            if (c == Cr && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == Lf) {
                advance(); // CRLF inside quotes reads as LF, whichever system saved the file
                continue;
            }
            field += c;
            advance();
        }
        if (!atEnd() && current() != m_delimiter && !atLineEnd()) {
            error(record, m_line, column(),
                  Tr::tr("Text after the closing quote of a field; a quote inside a quoted "
                         "field is written twice"));
            // Keeps the rest so the field's content shows what was meant.
            const qsizetype start = m_pos;
            while (!atEnd() && current() != m_delimiter && !atLineEnd())
                advance();
            field += m_text.mid(start, m_pos - start);
        }
        return true;
    }

    const QString &m_text;
    QChar m_delimiter;
    Table &m_table;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

} // namespace

QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == Quote)
            quoted = !quoted; // "" toggles twice, which leaves the state as it was
        else if (!quoted && (c == Lf || c == Cr))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

Table read(const QByteArray &content, QChar delimiter)
{
    Table table;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(content);
    if (decoder.hasError()) {
        const int line = firstInvalidLine(content);
        table.errors << ParseError{line, 1, 0,
                                   Tr::tr("The file is not UTF-8 text (line %1); save it as "
                                          "CSV UTF-8")
                                       .arg(line)};
        return table;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    table.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    Reader(text, table.delimiter, table).run();
    return table;
}

} // namespace ServiceDeck::Csv

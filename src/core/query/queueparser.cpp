// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueparser.h"

#include "queuefields.h"
#include "quoting.h"

#include "core/tr.h"

namespace ServiceDeck::Query {

using Internal::displayValue;

namespace {

bool isOperatorChar(QChar c)
{
    return c == u':' || c == u'<' || c == u'>' || c == u'=';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'_';
}

QString column(qsizetype position)
{
    return QString::number(position + 1);
}

// One pass over the text; the first error stops it.
class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {}

    ParseResult run();

private:
    bool atEnd(qsizetype i) const { return i >= m_text.size(); }
    bool atSeparator(qsizetype i) const { return atEnd(i) || m_text.at(i).isSpace(); }
    bool fail(qsizetype position, qsizetype length, const QString &message);
    bool checkCharacters();
    bool parseTerm();
    bool parseText(qsizetype start, bool negated);
    bool parseField(qsizetype start, qsizetype nameEnd, bool negated);
    // Reads a "quoted" string starting at m_pos; leaves m_pos after the closing quote.
    std::optional<QString> readQuoted();

    QStringView m_text;
    qsizetype m_pos = 0;
    QueueQuery m_query;
    ParseError m_error;
};

bool Parser::fail(qsizetype position, qsizetype length, const QString &message)
{
    m_error = ParseError{int(position), int(length), message};
    return false;
}

bool Parser::checkCharacters()
{
    // NUL and other control characters have no business in a filter, and PostgreSQL text
    // cannot even hold NUL: refuse them here rather than as a database error.
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c.category() == QChar::Other_Control && !c.isSpace())
            return fail(
                i, 1,
                Tr::tr("Unexpected control character %1 at column %2; remove it")
                    .arg(QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper(),
                         column(i)));
    }
    return true;
}

ParseResult Parser::run()
{
    if (!checkCharacters())
        return ParseResult{std::nullopt, m_error};
    while (true) {
        while (!atEnd(m_pos) && m_text.at(m_pos).isSpace())
            ++m_pos;
        if (atEnd(m_pos))
            break;
        if (!parseTerm())
            return ParseResult{std::nullopt, m_error};
    }
    return ParseResult{m_query, {}};
}

std::optional<QString> Parser::readQuoted()
{
    const qsizetype open = m_pos;
    QString value;
    qsizetype i = open + 1;
    while (!atEnd(i)) {
        const QChar c = m_text.at(i);
        if (c == u'"') {
            m_pos = i + 1;
            return value;
        }
        // `\"` and `\\` are escapes; any other backslash is kept as typed (paths, domains).
        if (c == u'\\' && !atEnd(i + 1) &&
            (m_text.at(i + 1) == u'"' || m_text.at(i + 1) == u'\\')) {
            value += m_text.at(i + 1);
            i += 2;
            continue;
        }
        value += c;
        ++i;
    }
    fail(open, m_text.size() - open,
         Tr::tr("Unterminated quote at column %1; end the quoted text with \" "
                "(write \\\" for a quote inside it)")
             .arg(column(open)));
    return std::nullopt;
}

bool Parser::parseTerm()
{
    const qsizetype start = m_pos;
    bool negated = false;
    if (m_text.at(m_pos) == u'-') {
        negated = true;
        ++m_pos;
        if (atSeparator(m_pos))
            return fail(start, 1,
                        Tr::tr("Expected a word, a \"phrase\" or field:value after "
                               "\"-\" at column %1")
                            .arg(column(start)));
        if (m_text.at(m_pos) == u'-')
            return fail(m_pos, 1,
                        Tr::tr("Unexpected \"-\" at column %1; a term can be negated "
                               "only once")
                            .arg(column(m_pos)));
    }
    const QChar first = m_text.at(m_pos);
    if (isOperatorChar(first))
        return fail(m_pos, 1,
                    Tr::tr("Expected a field name before \"%1\" at column %2")
                        .arg(QString(first), column(m_pos)));
    if (isAsciiLetter(first)) {
        qsizetype end = m_pos;
        while (!atEnd(end) && isNameChar(m_text.at(end)))
            ++end;
        if (!atEnd(end) && isOperatorChar(m_text.at(end)))
            return parseField(start, end, negated);
    }
    return parseText(start, negated);
}

bool Parser::parseText(qsizetype start, bool negated)
{
    const qsizetype begin = m_pos;
    if (m_text.at(m_pos) == u'"') {
        const auto phrase = readQuoted();
        if (!phrase)
            return false;
        if (!atSeparator(m_pos))
            return fail(
                m_pos, 1,
                Tr::tr("Expected a space after the closing quote at column %1").arg(column(m_pos)));
        if (!phrase->trimmed().isEmpty()) // "" is nothing to search for
            m_query.text.append(TextTerm{*phrase, true, negated, int(start), int(m_pos - start)});
        return true;
    }
    while (!atSeparator(m_pos)) {
        if (m_text.at(m_pos) == u'"')
            return fail(m_pos, 1,
                        Tr::tr("Unexpected quote at column %1 inside a word; put the "
                               "whole phrase in quotes")
                            .arg(column(m_pos)));
        ++m_pos;
    }
    m_query.text.append(TextTerm{m_text.mid(begin, m_pos - begin).toString(), false, negated,
                                 int(start), int(m_pos - start)});
    return true;
}

bool Parser::parseField(qsizetype start, qsizetype nameEnd, bool negated)
{
    const qsizetype nameStart = m_pos;
    const QStringView name = m_text.mid(nameStart, nameEnd - nameStart);
    const QueueField *def = findQueueField(name);
    if (!def) {
        const QStringList similar = similarNames(name, queueFieldNames());
        const QString hint =
            similar.isEmpty()
                ? Tr::tr("known fields are: %1").arg(queueFieldNames().join(QStringLiteral(", ")))
                : Tr::tr("did you mean %1?").arg(similar.join(Tr::tr(" or ")));
        return fail(nameStart, name.size(),
                    Tr::tr("Unknown field %1 at column %2; %3")
                        .arg(displayValue(name), column(nameStart), hint));
    }

    // The operator: ':' or '=' (equal), '<' '<=' '>' '>=', and ':<=' … as in other trackers.
    const qsizetype opStart = nameEnd;
    m_pos = nameEnd;
    Comparison comparison = Comparison::Equal;
    if (m_text.at(m_pos) == u':')
        ++m_pos;
    if (!atEnd(m_pos) && (m_text.at(m_pos) == u'<' || m_text.at(m_pos) == u'>')) {
        const bool less = m_text.at(m_pos) == u'<';
        ++m_pos;
        const bool orEqual = !atEnd(m_pos) && m_text.at(m_pos) == u'=';
        if (orEqual)
            ++m_pos;
        comparison = less ? (orEqual ? Comparison::LessEqual : Comparison::Less)
                          : (orEqual ? Comparison::GreaterEqual : Comparison::Greater);
    } else if (!atEnd(m_pos) && m_text.at(m_pos) == u'=' && m_pos == opStart) {
        ++m_pos;
    }
    const QStringView op = m_text.mid(opStart, m_pos - opStart);
    if (comparison != Comparison::Equal && !def->ordered)
        return fail(opStart, op.size(),
                    Tr::tr("Field \"%1\" has no order, so \"%2\" at column %3 does not apply; "
                           "use %1:VALUE (comparisons work on priority, impact, urgency and "
                           "dates)")
                        .arg(def->name, op.toString(), column(opStart)));

    QStringList values;
    while (true) {
        const qsizetype valueStart = m_pos;
        if (atSeparator(m_pos)) {
            if (values.isEmpty())
                return fail(opStart, op.size(),
                            Tr::tr("Missing value after \"%1%2\" at column %3")
                                .arg(name.toString(), op.toString(), column(opStart)));
            return fail(m_pos - 1, 1,
                        Tr::tr("Missing value after \",\" at column %1").arg(column(m_pos - 1)));
        }
        QString value;
        if (m_text.at(m_pos) == u'"') {
            const auto quoted = readQuoted();
            if (!quoted)
                return false;
            if (!atSeparator(m_pos) && m_text.at(m_pos) != u',')
                return fail(m_pos, 1,
                            Tr::tr("Expected a space or \",\" after the closing quote "
                                   "at column %1")
                                .arg(column(m_pos)));
            value = quoted->trimmed();
        } else if (m_text.at(m_pos) == u',') {
            return fail(m_pos, 1,
                        Tr::tr("Missing value before \",\" at column %1").arg(column(m_pos)));
        } else {
            while (!atSeparator(m_pos) && m_text.at(m_pos) != u',') {
                if (m_text.at(m_pos) == u'"')
                    return fail(m_pos, 1,
                                Tr::tr("Unexpected quote at column %1 inside a value; "
                                       "put the whole value in quotes")
                                    .arg(column(m_pos)));
                ++m_pos;
            }
            value = m_text.mid(valueStart, m_pos - valueStart).toString();
        }
        const qsizetype valueLength = m_pos - valueStart;
        if (value.isEmpty())
            return fail(valueStart, valueLength,
                        Tr::tr("Empty value at column %1").arg(column(valueStart)));
        const Result<QString> normalised = normaliseQueueValue(*def, value, comparison);
        if (!normalised)
            return fail(valueStart, valueLength,
                        Tr::tr("Field \"%1\" at column %2: %3")
                            .arg(def->name, column(valueStart), normalised.error().message));
        if (!values.contains(*normalised))
            values << *normalised;
        if (atEnd(m_pos) || m_text.at(m_pos) != u',')
            break;
        if (comparison != Comparison::Equal)
            return fail(m_pos, 1,
                        Tr::tr("A comparison takes a single value; remove the \",\" "
                               "at column %1")
                            .arg(column(m_pos)));
        ++m_pos;
    }
    m_query.fields.append(
        FieldTerm{def->name, comparison, values, negated, int(start), int(m_pos - start)});
    return true;
}

} // namespace

ParseResult parseQueueQuery(QStringView text)
{
    return Parser(text).run();
}

} // namespace ServiceDeck::Query

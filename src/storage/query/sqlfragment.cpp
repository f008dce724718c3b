// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfragment.h"

namespace ServiceDeck::Storage::Internal {

SqlFragment::SqlFragment(QString text, QVariantList binds)
    : m_text(std::move(text))
    , m_binds(std::move(binds))
{}

SqlFragment SqlFragment::placeholders(const QVariantList &values, const QString &pattern)
{
    // `pattern` wraps each placeholder, e.g. "lower(?)"; it is the compiler's text, never data.
    const QString one = pattern.isEmpty() ? QStringLiteral("?") : pattern;
    QStringList marks;
    for (qsizetype i = 0; i < values.size(); ++i)
        marks << one;
    return SqlFragment(marks.join(QStringLiteral(", ")), values);
}

SqlFragment SqlFragment::join(const QList<SqlFragment> &parts, const QString &separator)
{
    SqlFragment joined;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            joined += separator;
        joined += parts.at(i);
    }
    return joined;
}

SqlFragment &SqlFragment::operator+=(const SqlFragment &other)
{
    m_text += other.m_text;
    m_binds += other.m_binds;
    return *this;
}

SqlFragment &SqlFragment::operator+=(const QString &text)
{
    m_text += text;
    return *this;
}

SqlFragment SqlFragment::operator+(const SqlFragment &other) const
{
    SqlFragment sum = *this;
    sum += other;
    return sum;
}

SqlFragment SqlFragment::operator+(const QString &text) const
{
    SqlFragment sum = *this;
    sum += text;
    return sum;
}

SqlFragment operator+(const QString &text, const SqlFragment &fragment)
{
    return SqlFragment(text) + fragment;
}

SqlFragment SqlFragment::parenthesised() const
{
    return QStringLiteral("(") + *this + QStringLiteral(")");
}

} // namespace ServiceDeck::Storage::Internal

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace ServiceDeck::Storage::Internal {

// A piece of SQL written by the compiler together with the values its `?` placeholders stand
// for, in order. Fragments only ever concatenate, so text and binds cannot drift apart.
class SqlFragment
{
public:
    SqlFragment() = default;
    explicit SqlFragment(QString text, QVariantList binds = {});

    // "?, ?, ?" for the values.
    static SqlFragment placeholders(const QVariantList &values, const QString &pattern = {});
    static SqlFragment join(const QList<SqlFragment> &parts, const QString &separator);

    const QString &text() const { return m_text; }
    const QVariantList &binds() const { return m_binds; }
    bool isEmpty() const { return m_text.isEmpty(); }

    SqlFragment &operator+=(const SqlFragment &other);
    SqlFragment &operator+=(const QString &text);
    SqlFragment operator+(const SqlFragment &other) const;
    SqlFragment operator+(const QString &text) const;
    friend SqlFragment operator+(const QString &text, const SqlFragment &fragment);

    SqlFragment parenthesised() const;

private:
    QString m_text;
    QVariantList m_binds;
};

} // namespace ServiceDeck::Storage::Internal

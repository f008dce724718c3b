// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringEncoder>
#include <QVariant>

namespace ServiceDeck::Storage::Internal {

// A value as Qt's SQLite driver writes it: NULL, a number, a blob or text. Shared by the
// writes and reads that go through SQLite's C API (BulkInsert, NativeQuery), so that they
// store and compare exactly what Qt would.
enum class SqliteBound { Null, Integer, Real, Blob, Text };

SqliteBound sqliteBound(const QVariant &value);

// Appends a Text value as UTF-8, in the form Qt's driver writes it, and returns where it ends.
qsizetype appendSqliteText(QStringEncoder &encoder, QByteArray &out, const QVariant &value);

} // namespace ServiceDeck::Storage::Internal

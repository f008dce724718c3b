// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitevalues.h"

#include <QDateTime>

namespace ServiceDeck::Storage::Internal {

namespace {

// Appends text as UTF-8, the database's encoding, and returns where it ends. A lone surrogate
// becomes U+FFFD, as in QString::toUtf8(); Qt's encoder takes ASCII runs many at a time.
qsizetype appendUtf8(QStringEncoder &encoder, QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + encoder.requiredSpace(text.size()));
    char *const end = encoder.appendToBuffer(out.data() + start, text);
    out.truncate(end - out.constData());
    return out.size();
}

} // namespace

SqliteBound sqliteBound(const QVariant &value)
{
    // Qt writes NULL for null variants and for null strings, byte arrays and invalid times.
    if (value.isNull())
        return SqliteBound::Null;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull() ? SqliteBound::Null
                                                                         : SqliteBound::Text;
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull() ? SqliteBound::Null
                                                                            : SqliteBound::Blob;
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(value.constData())->isValid() ? SqliteBound::Text
                                                                            : SqliteBound::Null;
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isValid() ? SqliteBound::Text
                                                                        : SqliteBound::Null;
    case QMetaType::QTime:
        return static_cast<const QTime *>(value.constData())->isValid() ? SqliteBound::Text
                                                                        : SqliteBound::Null;
    case QMetaType::Int:
    case QMetaType::Bool:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return SqliteBound::Integer;
    case QMetaType::Double:
        return SqliteBound::Real;
    default:
        return SqliteBound::Text; // Qt writes the variant's text
    }
}

qsizetype appendSqliteText(QStringEncoder &encoder, QByteArray &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return appendUtf8(encoder, out, *static_cast<const QString *>(value.constData()));
    case QMetaType::QDateTime:
        return appendUtf8(encoder, out, value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return appendUtf8(encoder, out, value.toTime().toString(u"hh:mm:ss.zzz"));
    default:
        return appendUtf8(encoder, out, value.toString());
    }
}

} // namespace ServiceDeck::Storage::Internal

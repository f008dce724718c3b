// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuepage.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ServiceDeck::Models::Internal {

// The columns a queue can show: canonical field names, their headers and how a row shows them.
QStringList queueColumnFields();
QStringList defaultQueueColumnFields();
bool isQueueColumnField(const QString &field);
// Translated header text; empty for an unknown field.
QString queueColumnTitle(const QString &field);
// What the column shows for a row (the "sla" column is computed by the model).
QVariant queueColumnDisplay(const QueueRow &row, const QString &field, const QLocale &locale);

} // namespace ServiceDeck::Models::Internal

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journal.h"

#include "core/ci.h"

#include <QList>
#include <QStringList>

namespace ServiceDeck::Storage::Internal {

// What a CI's journal ops record, shared by the repository and the CSV import so that an edit
// and an import leave the same history. Empty values are journaled as null.

// Every initial value of a new CI: name, class, status, the optional fields given, attributes.
QList<FieldChange> ciCreationChanges(const ConfigurationItem &ci);
// The fields (name, class, status, owner_group, location, description) that differ.
QList<FieldChange> ciFieldChanges(const ConfigurationItem &before, const ConfigurationItem &after);
// The attributes whose value differs, by name, sorted: the rows to write and to journal.
QStringList changedAttributes(const ConfigurationItem &before, const ConfigurationItem &after);
QString journalValue(const QString &value);

} // namespace ServiceDeck::Storage::Internal

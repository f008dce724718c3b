// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {

// A fresh random id for a new record.
QUuid newId();
// The same id on every database for reference data that migrations create (CI classes,
// relation types), so replicas and the hub agree without exchanging it.
QUuid referenceId(const QString &entity, const QString &name);

} // namespace ServiceDeck::Storage

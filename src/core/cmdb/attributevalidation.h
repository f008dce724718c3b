// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cicatalogue.h"

#include "core/error.h"

#include <QMap>
#include <QString>

#include <functional>

namespace ServiceDeck::Cmdb {

// Whether a CI of that name exists; used for reference attributes. An empty function accepts
// every name (the caller checks later, e.g. an import that creates the target in the same file).
using CiNameExists = std::function<bool(const QString &name)>;

// Checks one value against its definition and returns its canonical stored form: numbers in
// the C locale, dates as ISO yyyy-MM-dd (ISO input only), choices as spelt in the definition
// (matched case-insensitively), references as the CI name. An empty value is valid unless the
// attribute is required. Errors name the field: Field "cpu_count": "abc" is not a number.
Result<QString> validateAttribute(const AttributeDefinition &definition, const QString &value,
                                  const CiNameExists &ciExists = {});

// Checks every attribute of a CI of the class: unknown names, required ones missing, each value
// by its type. Returns the canonical values with empty ones left out.
Result<QMap<QString, QString>> validateAttributes(const CiCatalogue &catalogue,
                                                  const QString &ciClass,
                                                  const QMap<QString, QString> &values,
                                                  const CiNameExists &ciExists = {});

} // namespace ServiceDeck::Cmdb

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ServiceDeck {

// What went wrong, as a value a caller can show; the kind maps onto the CLI's exit codes.
enum class ErrorKind {
    Usage = 1,       // the request itself is malformed (bad option, bad URL syntax)
    InvalidData = 2, // data or a rule says no (unknown field, bad value, unknown record)
    Conflict = 3,    // concurrent edits that need a person to decide
    Connection = 4,  // the database or a remote cannot be reached or opened
};

struct Error
{
    ErrorKind kind = ErrorKind::InvalidData;
    QString message;
};

// A value or the Error that prevented it (std::expected is C++23).
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error invalidData(QString message)
{
    return Error{ErrorKind::InvalidData, std::move(message)};
}

} // namespace ServiceDeck

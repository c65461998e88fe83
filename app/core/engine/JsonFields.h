#pragma once

// Lenient field access for engine JSON: a missing field, a null or a value of the wrong type
// reads as empty or zero, because Docker and Podman differ in what they leave out or null.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

namespace bdm::engine::json {

using Json = nlohmann::json;

// Parses without exceptions; nullopt for text that is not JSON.
inline std::optional<Json> parse(QByteArrayView text)
{
    Json j = Json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded())
        return std::nullopt;
    return j;
}

inline const Json* field(const Json& j, const char* key)
{
    if (!j.is_object())
        return nullptr;
    // Through the std::map itself: nlohmann's own iterator makes GCC -O2 warn of a null
    // dereference it cannot rule out.
    const auto& object = j.get_ref<const Json::object_t&>();
    const auto it = object.find(key);
    return it == object.end() || it->second.is_null() ? nullptr : &it->second;
}

inline QString str(const Json& j)
{
    return j.is_string() ? QString::fromStdString(j.get_ref<const std::string&>()) : QString();
}

inline QString str(const Json& j, const char* key)
{
    const Json* f = field(j, key);
    return f ? str(*f) : QString();
}

inline std::optional<quint64> optU64(const Json& j, const char* key)
{
    const Json* f = field(j, key);
    if (!f)
        return std::nullopt;
    if (f->is_number_unsigned())
        return f->get<quint64>();
    if (f->is_number_integer()) {
        const qint64 v = f->get<qint64>();
        return v < 0 ? 0 : static_cast<quint64>(v);
    }
    if (f->is_number_float()) {
        const double v = f->get<double>();
        // Out-of-range float to integer conversion is undefined: clamp first.
        if (!(v > 0))
            return 0;
        return v >= 18446744073709551615.0 ? std::numeric_limits<quint64>::max() : static_cast<quint64>(v);
    }
    return std::nullopt;
}

inline quint64 u64(const Json& j, const char* key)
{
    return optU64(j, key).value_or(0);
}

inline qint64 i64(const Json& j, const char* key)
{
    const Json* f = field(j, key);
    if (!f)
        return 0;
    if (f->is_number_integer() && !f->is_number_unsigned())
        return f->get<qint64>();
    if (f->is_number_unsigned()) {
        const quint64 v = f->get<quint64>();
        return v > quint64(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                               : qint64(v);
    }
    if (f->is_number_float()) {
        const double v = f->get<double>();
        if (!(v > -9.2e18 && v < 9.2e18))
            return 0;
        return static_cast<qint64>(v);
    }
    return 0;
}

inline int i32(const Json& j, const char* key)
{
    const qint64 v = i64(j, key);
    return v > std::numeric_limits<int>::max() || v < std::numeric_limits<int>::min() ? 0
                                                                                      : static_cast<int>(v);
}

inline bool boolean(const Json& j, const char* key)
{
    const Json* f = field(j, key);
    if (!f)
        return false;
    if (f->is_boolean())
        return f->get<bool>();
    // Docker writes some booleans as strings ("Experimental": "false").
    return f->is_string() && f->get_ref<const std::string&>() == "true";
}

inline QStringList strings(const Json& j, const char* key)
{
    QStringList out;
    const Json* f = field(j, key);
    if (f && f->is_array()) {
        for (const Json& e : *f) {
            if (e.is_string())
                out.append(str(e));
        }
    }
    return out;
}

inline QMap<QString, QString> stringMap(const Json& j, const char* key)
{
    QMap<QString, QString> out;
    const Json* f = field(j, key);
    if (f && f->is_object()) {
        for (auto it = f->begin(); it != f->end(); ++it)
            out.insert(QString::fromStdString(it.key()), str(it.value()));
    }
    return out;
}

inline const Json& objectOrEmpty(const Json& j, const char* key)
{
    static const Json empty = Json::object();
    const Json* f = field(j, key);
    return f && f->is_object() ? *f : empty;
}

} // namespace bdm::engine::json

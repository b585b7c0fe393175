// SPDX-License-Identifier: MIT
#include "attributereader.h"

#include "notesanitizer.h"
#include "textfolder.h"
#include "vocabulary.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace std::string_view_literals;
using Word = Vocabulary::Word;

struct Token {
    std::string_view text;
    char before = ' '; // the nearest character that is not a space, before and after
    char after = ' ';
    const Word *word = nullptr;
    // A token with digits: prefix letters, the number, suffix letters ("r30", "30d", "1.5k").
    double number = -1;
    std::string_view prefix;
    std::string_view suffix;
    bool hash = false; // "#123": a number the reseller put on the service, nothing more
};

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "10.000" and "10,000" are ten thousand; "1.5" and "1,5" one and a half.
double readNumber(std::string_view digits)
{
    double value = 0;
    qsizetype fraction = -1;
    for (size_t i = 0; i < digits.size(); ++i) {
        const char c = digits[i];
        if (isDigit(c)) {
            value = value * 10 + (c - '0');
            if (fraction >= 0)
                ++fraction;
        } else {
            size_t run = 0;
            while (i + 1 + run < digits.size() && isDigit(digits[i + 1 + run]))
                ++run;
            const bool thousands = run == 3 && (i + 4 == digits.size() || !isDigit(digits[i + 4]));
            if (!thousands)
                fraction = 0;
        }
    }
    return fraction > 0 ? value / std::pow(10.0, double(fraction)) : value;
}

void analyse(Token &token)
{
    const std::string_view t = token.text;
    size_t first = 0;
    while (first < t.size() && !isDigit(t[first]))
        ++first;
    if (first < t.size()) {
        size_t last = first;
        while (last < t.size() && (isDigit(t[last]) || t[last] == '.' || t[last] == ','))
            ++last;
        token.prefix = t.substr(0, first);
        token.number = readNumber(t.substr(first, last - first));
        token.suffix = t.substr(last);
        if (!token.prefix.empty() || !token.suffix.empty())
            token.word = Vocabulary::lookup(t);
    } else {
        token.word = Vocabulary::lookup(t);
    }
}

void tokenize(std::string_view text, std::vector<Token> &tokens)
{
    tokens.clear();
    size_t i = 0;
    char lastMark = '^'; // the start of the text
    while (i < text.size()) {
        const char c = text[i];
        if (!isWordChar(c)) {
            if (c != ' ') {
                lastMark = c;
                if (!tokens.empty() && tokens.back().after == ' ')
                    tokens.back().after = c;
            }
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size()) {
            if (isWordChar(text[end])) {
                ++end;
            } else if ((text[end] == '.' || text[end] == ',') && end + 1 < text.size()
                       && isDigit(text[end + 1]) && isDigit(text[end - 1])) {
                end += 2;
            } else {
                break;
            }
        }
        Token token;
        token.text = text.substr(i, end - i);
        token.before = lastMark;
        token.hash = lastMark == '#' && i > 0 && text[i - 1] == '#';
        analyse(token);
        tokens.push_back(token);
        lastMark = ' ';
        i = end;
    }
    // Two words that mean one thing: "high quality", "no drop", "watch time".
    std::array<char, 40> pair;
    for (size_t k = 0; k + 1 < tokens.size(); ++k) {
        const std::string_view first = tokens[k].text;
        const std::string_view second = tokens[k + 1].text;
        if (tokens[k].number >= 0 || tokens[k + 1].number >= 0
            || first.size() + second.size() + 1 > pair.size())
            continue;
        std::copy(first.begin(), first.end(), pair.begin());
        pair[first.size()] = ' ';
        std::copy(second.begin(), second.end(), pair.begin() + qsizetype(first.size()) + 1);
        if (const Word *word =
                Vocabulary::lookup({pair.data(), first.size() + second.size() + 1})) {
            tokens[k].word = word;
            tokens.erase(tokens.begin() + qsizetype(k) + 1);
        }
    }
}

bool has(const Token &token, Word::Flag flag)
{
    return token.word && (token.word->flags & flag);
}

bool isTag(const Token &token)
{
    const auto opens = [](char c) {
        return c == '[' || c == '(' || c == '|' || c == '-';
    };
    const auto closes = [](char c) {
        return c == ']' || c == ')' || c == '|' || c == '-';
    };
    // "[ID]", "(US)", "| TE |", or the text's first word ("X Reposts").
    return (opens(token.before) && closes(token.after)) || token.before == '^';
}

// The word's meaning where it stands: a bracketed-only word outside a tag means nothing.
const Word *meaning(const Token &token)
{
    if (!token.word || token.hash)
        return nullptr;
    if ((token.word->flags & Word::Bracketed) && !isTag(token))
        return nullptr;
    return token.word;
}

// A quantity: "10k", "1.5k", "10.000", "10 rb", "1m". -1 when the token is not one.
qint64 quantity(const std::vector<Token> &tokens, size_t i)
{
    const Token &t = tokens[i];
    if (t.number < 0 || !t.prefix.empty() || t.hash)
        return -1;
    double factor = 1;
    if (t.suffix.empty()) {
        if (i + 1 < tokens.size() && tokens[i + 1].word && tokens[i + 1].number < 0) {
            if (tokens[i + 1].word->flags & Word::Thousand)
                factor = 1000;
            else if (tokens[i + 1].word->flags & Word::Million)
                factor = 1'000'000;
        }
    } else if (t.suffix == "k"sv || t.suffix == "rb"sv || t.suffix == "ribu"sv) {
        factor = 1000;
    } else if (t.suffix == "m"sv || t.suffix == "jt"sv || t.suffix == "juta"sv) {
        factor = 1'000'000;
    } else {
        return -1;
    }
    return qint64(std::llround(t.number * factor));
}

// A time unit right after a number, in the token ("30d", "1h") or the next one ("30 days").
const Word *unitAfter(const std::vector<Token> &tokens, size_t i, size_t *next = nullptr)
{
    const Token &t = tokens[i];
    if (next)
        *next = i + 1;
    if (!t.suffix.empty()) {
        const Word *word = Vocabulary::lookup(t.suffix);
        return word && (word->unitMinutes || word->unitDays) ? word : nullptr;
    }
    if (i + 1 < tokens.size() && tokens[i + 1].word && tokens[i + 1].number < 0
        && (tokens[i + 1].word->unitMinutes || tokens[i + 1].word->unitDays)) {
        if (next)
            *next = i + 2;
        return tokens[i + 1].word;
    }
    return nullptr;
}

bool isPlainNumber(const Token &t)
{
    return t.number >= 0 && t.prefix.empty() && !t.hash;
}

struct RefillFinding {
    ServiceAttributes::Refill refill = ServiceAttributes::Refill::Unknown;
    int days = 0;
    bool specific() const
    {
        return refill == ServiceAttributes::Refill::None
               || refill == ServiceAttributes::Refill::Lifetime
               || (refill == ServiceAttributes::Refill::Days && days > 0);
    }
};

// A refill length near a refill word: "30 days", "30d", "1 month", "lifetime". 0 for none.
int lengthNear(const std::vector<Token> &tokens, size_t from, size_t to, bool *lifetime)
{
    for (size_t k = from; k < to && k < tokens.size(); ++k) {
        const Token &t = tokens[k];
        if (has(t, Word::Lifetime)) {
            *lifetime = true;
            return 0;
        }
        if (!isPlainNumber(t) || t.after == '/' || t.number <= 0)
            continue;
        if (const Word *u = unitAfter(tokens, k); u && u->unitDays)
            return int(std::min(t.number * u->unitDays, 36500.0));
    }
    return 0;
}

RefillFinding readRefill(const std::vector<Token> &tokens)
{
    using Refill = ServiceAttributes::Refill;
    RefillFinding vague;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (has(t, Word::NoRefill))
            return {Refill::None, 0};
        // "R30", "R365": the reseller shorthand for a refill of that many days.
        if ((t.prefix == "r"sv || t.prefix == "ar"sv) && (t.suffix.empty() || t.suffix == "d"sv)
            && t.number >= 0 && t.number <= 3650) {
            if (t.number == 0)
                return {Refill::None, 0};
            return {Refill::Days, int(t.number)};
        }
        if (has(t, Word::RefillWord)) {
            // "No Refill", "Refill: No", "Refill ❌" (but not "Refill ❌ No Refill" twice).
            const bool negated =
                (i > 0 && has(tokens[i - 1], Word::Negation))
                || (i + 1 < tokens.size() && has(tokens[i + 1], Word::Negation)
                    && (i + 2 == tokens.size() || !has(tokens[i + 2], Word::RefillWord)));
            if (negated)
                return {Refill::None, 0};
            bool lifetime = false;
            int days = lengthNear(tokens, i + 1, i + 4, &lifetime);
            if (!days && !lifetime)
                days = lengthNear(tokens, i >= 3 ? i - 3 : 0, i, &lifetime);
            if (lifetime)
                return {Refill::Lifetime, 0};
            // "Refill 30": a bare number after the word counts days.
            if (!days && i + 1 < tokens.size() && isPlainNumber(tokens[i + 1])
                && tokens[i + 1].suffix.empty() && tokens[i + 1].after != '/'
                && tokens[i + 1].number > 0 && tokens[i + 1].number <= 3650
                && !unitAfter(tokens, i + 1))
                days = int(tokens[i + 1].number);
            if (days)
                return {Refill::Days, days};
            if (!vague.specific())
                vague = {Refill::Days, 0};
            continue;
        }
        if (has(t, Word::Lifetime))
            return {Refill::Lifetime, 0};
        // "30D", "30 Hari" alone: a refill of thirty days; not "0-1 day", "10K/day" or "Start 1d".
        if (isPlainNumber(t) && t.after != '/' && t.after != '-' && t.before != '-' && t.number > 0
            && t.number <= 3650 && (i == 0 || !has(tokens[i - 1], Word::Start))
            && !vague.specific()) {
            const Word *u = unitAfter(tokens, i);
            if (u && u->unitDays)
                vague = {Refill::Days, int(t.number * u->unitDays)};
        }
    }
    return vague;
}

qint64 readSpeed(const std::vector<Token> &tokens)
{
    for (size_t i = 0; i < tokens.size(); ++i) {
        const qint64 amount = quantity(tokens, i);
        if (amount <= 0)
            continue;
        size_t next = i + 1;
        if (tokens[i].suffix.empty() && next < tokens.size() && has(tokens[next], Word::Thousand))
            ++next;
        const Word *per = nullptr;
        if (next < tokens.size() && tokens[next - 1].after == '/')
            per = tokens[next].word;
        else if (next + 1 < tokens.size() && has(tokens[next], Word::Per))
            per = tokens[next + 1].word;
        if (per && per->unitMinutes >= 60 && per->unitMinutes <= 24 * 60)
            return amount * (24 * 60 / per->unitMinutes);
        if (i > 0 && has(tokens[i - 1], Word::Speed))
            return amount;
    }
    return 0;
}

void readStart(const std::vector<Token> &tokens, ServiceAttributes &attributes)
{
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (has(tokens[i], Word::Instant)) {
            attributes.startMinutes = 0;
            attributes.startText = QStringLiteral("instant");
            return;
        }
        if (!has(tokens[i], Word::Start))
            continue;
        for (size_t k = i + 1; k < tokens.size() && k <= i + 5; ++k) {
            const Token &t = tokens[k];
            if (has(t, Word::Instant)) {
                attributes.startMinutes = 0;
                attributes.startText = QStringLiteral("instant");
                return;
            }
            if (!isPlainNumber(t))
                continue;
            size_t next = k + 1;
            // "0-1 hour": the upper end counts.
            size_t upper = k;
            if (t.suffix.empty() && t.after == '-' && k + 1 < tokens.size()
                && isPlainNumber(tokens[k + 1])) {
                upper = k + 1;
            }
            const Word *u = unitAfter(tokens, upper, &next);
            if (!u || !u->unitMinutes)
                return;
            attributes.startMinutes = int(std::min(tokens[upper].number * u->unitMinutes, 1.0e6));
            QString text = QString::number(t.number);
            if (upper != k)
                text += u'-' + QString::number(tokens[upper].number);
            const std::string_view unitText =
                tokens[upper].suffix.empty() ? tokens[next - 1].text : tokens[upper].suffix;
            text += u' ' + QLatin1StringView(unitText.data(), qsizetype(unitText.size()));
            attributes.startText = text;
            return;
        }
    }
}

qint64 readLimit(const std::vector<Token> &tokens, Word::Flag which)
{
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (has(tokens[i], which)) {
            const qint64 amount = quantity(tokens, i + 1);
            if (amount > 0)
                return amount;
        }
    }
    return 0;
}

struct Kind {
    const Word *word = nullptr;
    bool live = false;
    bool story = false;
    bool page = false;
    bool commentBefore = false;
};

bool is(const Word *word, const char *Word::*field, const char *name)
{
    return word && qstrcmp(word->*field, name) == 0;
}

// The platform, kind and audience a text names first, and every quality word it names.
struct Words {
    const Word *platform = nullptr;
    const Word *audience = nullptr;
    Kind kind;
};

void readWords(const std::vector<Token> &tokens, Words &found, QStringList *qualities)
{
    Kind kind;
    size_t kindAt = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Word *word = meaning(tokens[i]);
        if (!word)
            continue;
        // "Instagram Threads Followers" are Threads followers.
        if (word->platform
            && (!found.platform
                || (is(word, &Word::platform, "threads")
                    && is(found.platform, &Word::platform, "instagram"))))
            found.platform = word;
        // "Comment Likes" and "Like Komentar" are likes, of a comment.
        const bool likesOfComment =
            kind.word && kindAt + 1 == i && tokens[kindAt].after == ' '
            && ((has(tokens[kindAt], Word::Comment) && is(word, &Word::kind, "likes"))
                || (has(tokens[i], Word::Comment) && is(kind.word, &Word::kind, "likes")));
        if (word->kind && (!kind.word || likesOfComment)) {
            kind.word = word;
            kindAt = i;
            kind.commentBefore = likesOfComment;
        }
        if (word->audience && !found.audience)
            found.audience = word;
        if (word->quality && qualities && !qualities->contains(word->qualityText))
            qualities->append(word->qualityText);
        kind.live = kind.live || (word->flags & Word::Live);
        kind.story = kind.story || (word->flags & Word::Story);
        kind.page = kind.page || (word->flags & Word::Page);
    }
    if (kind.word && !found.kind.word) {
        found.kind = kind;
    } else if (found.kind.word
               && (!kind.word || qstrcmp(kind.word->kind, found.kind.word->kind) == 0)) {
        // "Views" in a category "Instagram Story Views" or "TikTok Live" are story or live views.
        found.kind.live = found.kind.live || kind.live;
        found.kind.story = found.kind.story || kind.story;
        found.kind.page = found.kind.page || kind.page;
    }
}

QString kindOf(const Kind &kind, const Word *platformWord)
{
    const auto on = [platformWord](const char *platform) {
        return is(platformWord, &Word::platform, platform);
    };
    const auto kindIs = [&kind](const char *name) {
        return is(kind.word, &Word::kind, name);
    };
    if (kindIs("views")) {
        if (kind.live)
            return QStringLiteral("live-viewers");
        if (kind.story)
            return QStringLiteral("story-views");
    }
    if (kind.commentBefore)
        return QStringLiteral("comment-likes");
    // On Facebook a page's likes and a post's likes are different products.
    if (kindIs("likes") && on("facebook"))
        return kind.page ? QStringLiteral("page-likes") : QStringLiteral("post-likes");
    // A Telegram channel's subscribers are its members.
    if (kindIs("subscribers") && on("telegram"))
        return QStringLiteral("members");
    if (kindIs("plays") && on("tiktok"))
        return QStringLiteral("views");
    if (kindIs("shares") && on("twitter"))
        return QStringLiteral("retweets");
    return kind.word->kindText;
}

struct Buffers {
    std::string text;
    std::vector<Token> tokens;
};

const std::vector<Token> &tokensOf(QStringView text, Buffers &buffers)
{
    buffers.text.clear();
    TextFolder::foldInto(text, buffers.text);
    tokenize(buffers.text, buffers.tokens);
    return buffers.tokens;
}

} // namespace

QString AttributeReader::fold(QStringView text)
{
    return TextFolder::fold(text);
}

ServiceAttributes AttributeReader::read(const Service &service)
{
    thread_local Buffers name;
    thread_local Buffers category;
    thread_local Buffers other;

    ServiceAttributes a;
    Words words;
    const std::vector<Token> &nameTokens = tokensOf(service.name, name);
    const std::vector<Token> &categoryTokens = tokensOf(service.category, category);
    readWords(nameTokens, words, &a.quality);
    readWords(categoryTokens, words, &a.quality);
    if (!words.platform || !words.kind.word)
        readWords(tokensOf(service.type, other), words, nullptr);
    if (words.platform)
        a.platform = words.platform->platformText;
    if (words.kind.word)
        a.kind = kindOf(words.kind, words.platform);
    if (words.audience)
        a.audience = words.audience->audienceText;

    // A refill the name promises is not taken back by a "no refill" elsewhere; a length is added.
    const auto better = [](const RefillFinding &now, const RefillFinding &other) {
        if (now.refill == ServiceAttributes::Refill::Unknown)
            return other.refill != ServiceAttributes::Refill::Unknown;
        return !now.specific() && other.specific()
               && other.refill != ServiceAttributes::Refill::None;
    };
    RefillFinding refill = readRefill(nameTokens);
    if (!refill.specific()) {
        const RefillFinding inCategory = readRefill(categoryTokens);
        if (better(refill, inCategory))
            refill = inCategory;
    }
    a.speedPerDay = readSpeed(nameTokens);
    readStart(nameTokens, a);
    a.min = service.min > 0 ? service.min : readLimit(nameTokens, Word::Min);
    a.max = service.max > 0 ? service.max : readLimit(nameTokens, Word::Max);

    if (!service.note.isEmpty()
        && (!refill.specific() || !a.speedPerDay || a.startMinutes < 0 || !words.platform
            || !words.audience)) {
        const QString note = NoteSanitizer::looksLikeHtml(service.note)
                                 ? NoteSanitizer::plainText(service.note)
                                 : service.note;
        const std::vector<Token> &noteTokens = tokensOf(note, other);
        if (!refill.specific()) {
            const RefillFinding inNote = readRefill(noteTokens);
            if (better(refill, inNote))
                refill = inNote;
        }
        // The note may name the platform or the audience; its kind words are too loose to read.
        if (!words.platform || !words.audience) {
            Words inNote;
            readWords(noteTokens, inNote, nullptr);
            if (!words.platform && inNote.platform) {
                words.platform = inNote.platform;
                a.platform = inNote.platform->platformText;
                if (words.kind.word)
                    a.kind = kindOf(words.kind, words.platform);
            }
            if (!words.audience && inNote.audience)
                a.audience = inNote.audience->audienceText;
        }
        if (!a.speedPerDay)
            a.speedPerDay = readSpeed(noteTokens);
        if (a.startMinutes < 0)
            readStart(noteTokens, a);
    }
    if (refill.refill == ServiceAttributes::Refill::Unknown && service.refill)
        refill = {ServiceAttributes::Refill::Days, 0};
    a.refill = refill.refill;
    a.refillDays = refill.days;
    return a;
}

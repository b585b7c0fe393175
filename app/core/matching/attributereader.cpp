// SPDX-License-Identifier: MIT
#include "attributereader.h"

#include "notesanitizer.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

using namespace std::string_view_literals;

// What a word means to the reader. Most words mean one thing; a few carry a unit or a flag.
struct Word {
    enum Flag : unsigned {
        RefillWord = 1 << 0, // refill, garansi, guarantee, ♻️
        Negation = 1 << 1,   // no, tanpa, non
        Lifetime = 1 << 2,   // lifetime, permanen
        NoRefill = 1 << 3,   // nonrefill, norefill
        Bracketed = 1 << 4,  // means something only as a tag: "[ID]", "(US)"
        Start = 1 << 5,      // start, mulai
        Instant = 1 << 6,    // instant, instan
        Speed = 1 << 7,      // speed, kecepatan
        Per = 1 << 8,        // per
        Live = 1 << 9,       // live, livestream
        Story = 1 << 10,     // story, stories
        Comment = 1 << 11,   // comment before likes: comment likes
        Page = 1 << 12,      // page, fanpage: page likes
        Max = 1 << 13,       // max, maks
        Min = 1 << 14,       // min (when a number follows)
        Thousand = 1 << 15,  // k, rb, ribu: a multiplier written apart from its number
        Million = 1 << 16,   // m, jt, juta
        Reel = 1 << 17,      // reel, reels
    };
    const char *platform = nullptr;
    const char *kind = nullptr;
    const char *audience = nullptr;
    const char *quality = nullptr;
    unsigned flags = 0;
    int unitMinutes = 0; // a time unit: minutes in one
    int unitDays = 0;    // a time unit of refill lengths: days in one
};

using Dictionary = std::unordered_map<std::string_view, Word>;

Word platform(const char *name, unsigned flags = 0)
{
    Word word;
    word.platform = name;
    word.flags = flags;
    return word;
}

Word kind(const char *name, unsigned flags = 0)
{
    Word word;
    word.kind = name;
    word.flags = flags;
    return word;
}

Word audience(const char *code, unsigned flags = 0)
{
    Word word;
    word.audience = code;
    word.flags = flags;
    return word;
}

Word quality(const char *name)
{
    Word word;
    word.quality = name;
    return word;
}

Word flag(unsigned flags)
{
    Word word;
    word.flags = flags;
    return word;
}

Word unit(int minutes, int days)
{
    Word word;
    word.unitMinutes = minutes;
    word.unitDays = days;
    return word;
}

// Words of one token, and of two tokens in a row (keyed "first second").
const Dictionary &words()
{
    static const Dictionary dictionary = [] {
        Dictionary d;
        for (auto name : {"instagram"sv, "insta"sv, "ig"sv, "igtv"sv, "instagam"sv, "instgram"sv})
            d[name] = platform("instagram");
        for (auto name : {"tiktok"sv, "tt"sv, "tiktoc"sv, "tik tok"sv})
            d[name] = platform("tiktok");
        d["tk"] = platform("tiktok", Word::Bracketed);
        for (auto name : {"youtube"sv, "yt"sv, "youtub"sv, "ytb"sv, "you tube"sv})
            d[name] = platform("youtube");
        for (auto name : {"facebook"sv, "fb"sv, "fesbuk"sv})
            d[name] = platform("facebook");
        for (auto name : {"telegram"sv, "tg"sv, "tele"sv})
            d[name] = platform("telegram");
        d["te"] = platform("telegram", Word::Bracketed);
        for (auto name : {"twitter"sv, "tweet"sv, "tweets"sv})
            d[name] = platform("twitter");
        d["tw"] = platform("twitter", Word::Bracketed);
        d["x"] = platform("twitter", Word::Bracketed);
        d["spotify"] = platform("spotify");
        d["sy"] = platform("spotify", Word::Bracketed);
        d["shopee"] = platform("shopee");
        d["threads"] = platform("threads");
        for (auto name : {"whatsapp"sv, "wa"sv})
            d[name] = platform("whatsapp");
        d["wt"] = platform("whatsapp", Word::Bracketed);
        d["twitch"] = platform("twitch");
        d["discord"] = platform("discord");
        d["soundcloud"] = platform("soundcloud");
        d["linkedin"] = platform("linkedin");
        d["pinterest"] = platform("pinterest");
        d["snapchat"] = platform("snapchat");
        d["tokopedia"] = platform("tokopedia");

        for (auto name : {"followers"sv, "follower"sv, "follow"sv, "follows"sv, "folowers"sv,
                          "pengikut"sv, "followes"sv, "flw"sv})
            d[name] = kind("followers");
        for (auto name : {"subscribers"sv, "subscriber"sv, "subscribe"sv, "subs"sv, "subscribes"sv,
                          "pelanggan"sv, "subcribers"sv})
            d[name] = kind("subscribers");
        for (auto name : {"likes"sv, "like"sv, "suka"sv, "love"sv, "loves"sv, "hearts"sv,
                          "likers"sv, "menyukai"sv})
            d[name] = kind("likes");
        for (auto name : {"views"sv, "view"sv, "tayangan"sv, "penonton"sv, "viewers"sv, "viewer"sv,
                          "ditonton"sv})
            d[name] = kind("views");
        for (auto name : {"comments"sv, "comment"sv, "komentar"sv, "komen"sv, "koment"sv})
            d[name] = kind("comments", Word::Comment);
        for (auto name : {"shares"sv, "share"sv, "bagikan"sv, "reposts"sv, "repost"sv})
            d[name] = kind("shares");
        for (auto name : {"members"sv, "member"sv, "anggota"sv})
            d[name] = kind("members");
        for (auto name : {"saves"sv, "save"sv, "simpan"sv, "bookmarks"sv})
            d[name] = kind("saves");
        for (auto name : {"reactions"sv, "reaction"sv, "reaksi"sv})
            d[name] = kind("reactions");
        for (auto name : {"impressions"sv, "impression"sv, "impresi"sv})
            d[name] = kind("impressions");
        for (auto name : {"plays"sv, "play"sv, "streams"sv, "putar"sv})
            d[name] = kind("plays");
        d["listeners"] = kind("listeners");
        d["watchtime"] = kind("watch hours");
        for (auto name : {"retweets"sv, "retweet"sv, "retweets"sv})
            d[name] = kind("retweets");
        for (auto name : {"votes"sv, "vote"sv, "poll"sv})
            d[name] = kind("votes");
        d["visits"] = kind("visits");
        d["reach"] = kind("reach");
        d["friends"] = kind("friends");
        d["watch time"] = kind("watch hours");
        d["watch hours"] = kind("watch hours");
        d["jam tayang"] = kind("watch hours");
        d["profile visits"] = kind("visits");
        d["monthly listeners"] = kind("listeners");

        for (auto name :
             {"indonesia"sv, "indonesian"sv, "indo"sv, "idn"sv, "ina"sv, "flagid"sv, "lokal"sv})
            d[name] = audience("ID");
        d["id"] = audience("ID", Word::Bracketed);
        for (auto name :
             {"worldwide"sv, "ww"sv, "global"sv, "international"sv, "internasional"sv, "world"sv})
            d[name] = audience("WW");
        d["world wide"] = audience("WW");
        for (auto name : {"usa"sv, "american"sv, "america"sv, "flagus"sv})
            d[name] = audience("US");
        d["us"] = audience("US", Word::Bracketed);
        d["united states"] = audience("US");
        for (auto name : {"brazil"sv, "brasil"sv, "brazilian"sv, "flagbr"sv})
            d[name] = audience("BR");
        d["br"] = audience("BR", Word::Bracketed);
        for (auto name : {"india"sv, "indian"sv, "flagin"sv})
            d[name] = audience("IN");
        for (auto name : {"turkey"sv, "turkish"sv, "turkiye"sv, "flagtr"sv})
            d[name] = audience("TR");
        d["tr"] = audience("TR", Word::Bracketed);
        for (auto name : {"russia"sv, "russian"sv, "flagru"sv})
            d[name] = audience("RU");
        for (auto name : {"arab"sv, "arabic"sv, "saudi"sv, "flagsa"sv})
            d[name] = audience("SA");
        for (auto name : {"korea"sv, "korean"sv, "flagkr"sv})
            d[name] = audience("KR");
        for (auto name : {"japan"sv, "japanese"sv, "flagjp"sv})
            d[name] = audience("JP");
        for (auto name : {"vietnam"sv, "vietnamese"sv, "flagvn"sv})
            d[name] = audience("VN");
        for (auto name : {"thailand"sv, "thai"sv, "flagth"sv})
            d[name] = audience("TH");
        for (auto name : {"malaysia"sv, "malaysian"sv, "flagmy"sv})
            d[name] = audience("MY");
        for (auto name : {"philippines"sv, "filipino"sv, "pinoy"sv, "flagph"sv})
            d[name] = audience("PH");
        for (auto name : {"germany"sv, "german"sv, "flagde"sv})
            d[name] = audience("DE");
        for (auto name : {"france"sv, "french"sv, "flagfr"sv})
            d[name] = audience("FR");
        for (auto name : {"uk"sv, "british"sv, "england"sv, "flaggb"sv})
            d[name] = audience("GB");
        for (auto name : {"spain"sv, "spanish"sv, "flages"sv})
            d[name] = audience("ES");
        for (auto name : {"italy"sv, "italian"sv, "flagit"sv})
            d[name] = audience("IT");
        for (auto name : {"mexico"sv, "mexican"sv, "flagmx"sv})
            d[name] = audience("MX");
        for (auto name : {"pakistan"sv, "flagpk"sv})
            d[name] = audience("PK");
        for (auto name : {"egypt"sv, "flageg"sv})
            d[name] = audience("EG");
        for (auto name : {"nigeria"sv, "flagng"sv})
            d[name] = audience("NG");
        for (auto name : {"iran"sv, "persian"sv, "flagir"sv})
            d[name] = audience("IR");
        for (auto name : {"bangladesh"sv, "flagbd"sv})
            d[name] = audience("BD");

        for (auto name : {"real"sv, "asli"sv, "realistic"sv})
            d[name] = quality("real");
        for (auto name : {"hq"sv, "highquality"sv, "berkualitas"sv})
            d[name] = quality("hq");
        d["high quality"] = quality("hq");
        for (auto name : {"lq"sv, "lowquality"sv})
            d[name] = quality("lq");
        d["low quality"] = quality("lq");
        for (auto name : {"bot"sv, "bots"sv, "fake"sv})
            d[name] = quality("bot");
        for (auto name : {"mixed"sv, "mix"sv, "campuran"sv})
            d[name] = quality("mixed");
        for (auto name : {"active"sv, "aktif"sv})
            d[name] = quality("active");
        d["organic"] = quality("organic");
        d["premium"] = quality("premium");
        for (auto name : {"nondrop"sv, "nodrop"sv})
            d[name] = quality("non-drop");
        d["non drop"] = quality("non-drop");
        d["no drop"] = quality("non-drop");
        d["low drop"] = quality("low-drop");
        for (auto name : {"fast"sv, "cepat"sv, "kilat"sv})
            d[name] = quality("fast");
        for (auto name : {"slow"sv, "lambat"sv})
            d[name] = quality("slow");
        for (auto name : {"cheap"sv, "murah"sv, "termurah"sv, "cheapest"sv})
            d[name] = quality("cheap");

        for (auto name : {"refill"sv, "refil"sv, "reffil"sv, "garansi"sv, "guarantee"sv,
                          "guaranteed"sv, "warranty"sv, "autorefill"sv, "rf"sv})
            d[name] = flag(Word::RefillWord);
        for (auto name : {"no"sv, "non"sv, "tanpa"sv, "without"sv, "tidak"sv, "not"sv, "ga"sv,
                          "gak"sv, "none"sv})
            d[name] = flag(Word::Negation);
        for (auto name : {"nonrefill"sv, "norefill"sv, "nonrefil"sv, "norefil"sv, "nongaransi"sv,
                          "nogaransi"sv, "nr"sv})
            d[name] = flag(Word::NoRefill);
        for (auto name :
             {"lifetime"sv, "permanen"sv, "permanent"sv, "selamanya"sv, "forever"sv, "seumur"sv})
            d[name] = flag(Word::Lifetime);
        d["life time"] = flag(Word::Lifetime);
        d["seumur hidup"] = flag(Word::Lifetime);
        for (auto name : {"start"sv, "mulai"sv, "starts"sv, "starting"sv})
            d[name] = flag(Word::Start);
        for (auto name : {"instant"sv, "instan"sv, "langsung"sv, "instantly"sv})
            d[name] = flag(Word::Instant);
        for (auto name : {"speed"sv, "kecepatan"sv, "spd"sv})
            d[name] = flag(Word::Speed);
        d["per"] = flag(Word::Per);
        for (auto name : {"live"sv, "livestream"sv, "streaming"sv, "stream"sv, "siaran"sv})
            d[name] = flag(Word::Live);
        for (auto name : {"story"sv, "stories"sv, "storys"sv, "cerita"sv})
            d[name] = flag(Word::Story);
        for (auto name : {"reel"sv, "reels"sv})
            d[name] = flag(Word::Reel);
        for (auto name : {"page"sv, "fanpage"sv, "halaman"sv})
            d[name] = flag(Word::Page);
        for (auto name : {"max"sv, "maks"sv, "maximum"sv, "maksimal"sv})
            d[name] = flag(Word::Max);
        for (auto name : {"minimum"sv, "minimal"sv})
            d[name] = flag(Word::Min);
        d["min"] = unit(1, 0);
        d["min"].flags = Word::Min;
        d["m"] = unit(1, 0);
        for (auto name : {"k"sv, "rb"sv, "ribu"sv})
            d[name] = flag(Word::Thousand);
        for (auto name : {"jt"sv, "juta"sv})
            d[name] = flag(Word::Million);

        for (auto name : {"minute"sv, "minutes"sv, "menit"sv, "mins"sv})
            d[name] = unit(1, 0);
        for (auto name : {"hour"sv, "hours"sv, "hr"sv, "hrs"sv, "h"sv, "jam"sv})
            d[name] = unit(60, 0);
        for (auto name : {"day"sv, "days"sv, "hari"sv, "d"sv})
            d[name] = unit(24 * 60, 1);
        for (auto name : {"week"sv, "weeks"sv, "minggu"sv})
            d[name] = unit(7 * 24 * 60, 7);
        for (auto name : {"month"sv, "months"sv, "bulan"sv})
            d[name] = unit(30 * 24 * 60, 30);
        for (auto name : {"year"sv, "years"sv, "tahun"sv})
            d[name] = unit(365 * 24 * 60, 365);
        return d;
    }();
    return dictionary;
}

const Word *lookup(std::string_view text)
{
    const Dictionary &d = words();
    const auto found = d.find(text);
    return found == d.end() ? nullptr : &found->second;
}

// Small capitals (ʀᴇᴀʟ) have no compatibility decomposition; everything else styled does.
char smallCapital(char32_t c)
{
    switch (c) {
    case 0x1D00:
        return 'a';
    case 0x0299:
        return 'b';
    case 0x1D04:
        return 'c';
    case 0x1D05:
        return 'd';
    case 0x1D07:
        return 'e';
    case 0xA730:
        return 'f';
    case 0x0262:
        return 'g';
    case 0x029C:
        return 'h';
    case 0x026A:
        return 'i';
    case 0x1D0A:
        return 'j';
    case 0x1D0B:
        return 'k';
    case 0x029F:
        return 'l';
    case 0x1D0D:
        return 'm';
    case 0x0274:
        return 'n';
    case 0x1D0F:
        return 'o';
    case 0x1D18:
        return 'p';
    case 0x01EB:
        return 'q';
    case 0x0280:
        return 'r';
    case 0xA731:
        return 's';
    case 0x1D1B:
        return 't';
    case 0x1D1C:
        return 'u';
    case 0x1D20:
        return 'v';
    case 0x1D21:
        return 'w';
    case 0x028F:
        return 'y';
    case 0x1D22:
        return 'z';
    default:
        return 0;
    }
}

void foldCodePoint(char32_t c, std::string &out, int depth = 0);

void foldAscii(char c, std::string &out)
{
    if (c >= 'A' && c <= 'Z')
        out += char(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        out += c;
    else if (c == '/' || c == '-' || c == '.' || c == ',' || c == '#' || c == '[' || c == ']'
             || c == '(' || c == ')' || c == '|' || c == ':' || c == '+')
        out += c;
    else
        out += ' ';
}

void foldCodePoint(char32_t c, std::string &out, int depth)
{
    if (c < 0x80) {
        foldAscii(char(c), out);
        return;
    }
    if (c == 0x267B || c == 0x1F504 || c == 0x1F501 || c == 0x1F503 || c == 0x1F5D8) {
        out += " refill ";
        return;
    }
    if (c >= 0x1F1E6 && c <= 0x1F1FF) { // regional indicators: two make a flag
        out += ' ';
        out += char('a' + (c - 0x1F1E6));
        return;
    }
    if (c >= 0x1F150 && c <= 0x1F169) { // negative circled letters: 🅡
        out += char('a' + (c - 0x1F150));
        return;
    }
    if (c >= 0x1F170 && c <= 0x1F189) { // negative squared letters: 🆁
        out += char('a' + (c - 0x1F170));
        return;
    }
    if (c == 0xFE0F || c == 0xFE0E || c == 0x200D || c == 0x20E3 || c == 0x200B)
        return;
    if (const char letter = smallCapital(c)) {
        out += letter;
        return;
    }
    if (c == 0x2013 || c == 0x2014 || c == 0x2212 || c == 0xFF5E) {
        out += '-';
        return;
    }
    if (depth < 2 && QChar::decompositionTag(c) != QChar::NoDecomposition) {
        const QString parts = QChar::decomposition(c);
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            char32_t part = it->unicode();
            if (it->isHighSurrogate() && it + 1 != parts.cend()) {
                part = QChar::surrogateToUcs4(*it, *(it + 1));
                ++it;
            }
            foldCodePoint(part, out, depth + 1);
        }
        return;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return;
    default:
        out += ' ';
    }
}

// Regional indicator letters come out as " i d"; join them into one "flagid" word.
void joinFlags(std::string &text, size_t from)
{
    for (size_t i = from; i + 3 < text.size(); ++i) {
        if (text[i] == ' ' && text[i + 2] == ' ' && text[i + 1] >= 'a' && text[i + 1] <= 'z'
            && text[i + 3] >= 'a' && text[i + 3] <= 'z'
            && (i + 4 == text.size() || text[i + 4] == ' ') && (i == from || text[i - 1] == ' ')) {
            text.replace(i, 4, " flag" + std::string{text[i + 1], text[i + 3]} + ' ');
            i += 7;
        }
    }
}

void foldInto(QStringView text, std::string &out)
{
    const size_t from = out.size();
    bool flags = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            foldAscii(char(u), out);
            continue;
        }
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(u, text[i + 1].unicode());
            ++i;
        }
        flags = flags || (c >= 0x1F1E6 && c <= 0x1F1FF);
        foldCodePoint(c, out);
    }
    if (flags)
        joinFlags(out, from);
}

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
            token.word = lookup(t);
    } else {
        token.word = lookup(t);
    }
}

void tokenize(std::string_view text, std::vector<Token> &tokens)
{
    tokens.clear();
    size_t i = 0;
    char lastMark = ' ';
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
        if (const Word *word = lookup({pair.data(), first.size() + second.size() + 1})) {
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
    return opens(token.before) && closes(token.after);
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
        const Word *word = lookup(t.suffix);
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
        if (t.prefix == "r"sv && (t.suffix.empty() || t.suffix == "d"sv) && t.number >= 0
            && t.number <= 3650) {
            if (t.number == 0)
                return {Refill::None, 0};
            return {Refill::Days, int(t.number)};
        }
        if (has(t, Word::RefillWord)) {
            const bool negated =
                (i > 0 && has(tokens[i - 1], Word::Negation))
                || (i + 1 < tokens.size() && t.after == ':' && has(tokens[i + 1], Word::Negation));
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
        // "30D" alone: a refill of thirty days.
        if (isPlainNumber(t) && (t.suffix == "d"sv || t.suffix == "days"sv || t.suffix == "hari"sv)
            && t.after != '/' && t.number > 0 && t.number <= 3650 && t.before != '-'
            && (i == 0 || !has(tokens[i - 1], Word::Start)))
            vague = vague.specific() ? vague : RefillFinding{Refill::Days, int(t.number)};
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
    const char *name = nullptr;
    bool live = false;
    bool story = false;
    bool page = false;
    bool commentBefore = false;
};

void readWords(const std::vector<Token> &tokens, const char *&platformName, Kind &kindFound,
               const char *&audienceCode, QStringList *qualities)
{
    bool live = false;
    bool story = false;
    bool page = false;
    const char *kindHere = nullptr;
    size_t kindAt = 0;
    bool commentLikes = false;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Word *word = meaning(tokens[i]);
        if (!word)
            continue;
        if (word->platform && !platformName)
            platformName = word->platform;
        // "Comment Likes" are likes, of a comment.
        const bool likesOfComment = kindHere && kindAt + 1 == i
                                    && has(tokens[kindAt], Word::Comment)
                                    && qstrcmp(word->kind, "likes") == 0;
        if (word->kind && (!kindHere || likesOfComment)) {
            kindHere = word->kind;
            kindAt = i;
            commentLikes = likesOfComment;
        }
        if (word->audience && !audienceCode)
            audienceCode = word->audience;
        if (word->quality && qualities) {
            const QString name = QLatin1StringView(word->quality);
            if (!qualities->contains(name))
                qualities->append(name);
        }
        live = live || (word->flags & Word::Live);
        story = story || (word->flags & Word::Story);
        page = page || (word->flags & Word::Page);
    }
    if (kindHere && !kindFound.name)
        kindFound = {kindHere, live, story, page, commentLikes};
}

QString kindOf(const Kind &kind, const char *platformName)
{
    const QString name = QLatin1StringView(kind.name);
    if (name == u"views") {
        if (kind.live)
            return QStringLiteral("live viewers");
        if (kind.story)
            return QStringLiteral("story views");
    }
    if (name == u"likes") {
        if (kind.commentBefore)
            return QStringLiteral("comment likes");
        if (kind.page && platformName && qstrcmp(platformName, "facebook") == 0)
            return QStringLiteral("page likes");
    }
    // A Telegram channel's subscribers are its members.
    if (name == u"subscribers" && platformName && qstrcmp(platformName, "telegram") == 0)
        return QStringLiteral("members");
    return name;
}

struct Buffers {
    std::string text;
    std::vector<Token> tokens;
};

const std::vector<Token> &tokensOf(QStringView text, Buffers &buffers)
{
    buffers.text.clear();
    foldInto(text, buffers.text);
    tokenize(buffers.text, buffers.tokens);
    return buffers.tokens;
}

} // namespace

QString AttributeReader::fold(QStringView text)
{
    std::string out;
    foldInto(text, out);
    return QString::fromLatin1(out.data(), qsizetype(out.size())).simplified();
}

ServiceAttributes AttributeReader::read(const Service &service)
{
    thread_local Buffers name;
    thread_local Buffers category;
    thread_local Buffers other;

    ServiceAttributes a;
    const char *platformName = nullptr;
    const char *audienceCode = nullptr;
    Kind kind;
    const std::vector<Token> &nameTokens = tokensOf(service.name, name);
    const std::vector<Token> &categoryTokens = tokensOf(service.category, category);
    readWords(nameTokens, platformName, kind, audienceCode, &a.quality);
    readWords(categoryTokens, platformName, kind, audienceCode, &a.quality);
    if (!platformName || !kind.name)
        readWords(tokensOf(service.type, other), platformName, kind, audienceCode, nullptr);
    if (platformName)
        a.platform = QLatin1StringView(platformName);
    if (kind.name)
        a.kind = kindOf(kind, platformName);
    if (audienceCode)
        a.audience = QLatin1StringView(audienceCode);

    RefillFinding refill = readRefill(nameTokens);
    if (!refill.specific()) {
        const RefillFinding inCategory = readRefill(categoryTokens);
        if (inCategory.specific() || refill.refill == ServiceAttributes::Refill::Unknown)
            refill = inCategory;
    }
    a.speedPerDay = readSpeed(nameTokens);
    readStart(nameTokens, a);
    a.min = service.min > 0 ? service.min : readLimit(nameTokens, Word::Min);
    a.max = service.max > 0 ? service.max : readLimit(nameTokens, Word::Max);

    if (!service.note.isEmpty() && (!refill.specific() || !a.speedPerDay || a.startMinutes < 0)) {
        const QString note = NoteSanitizer::looksLikeHtml(service.note)
                                 ? NoteSanitizer::plainText(service.note)
                                 : service.note;
        const std::vector<Token> &noteTokens = tokensOf(note, other);
        if (!refill.specific()) {
            const RefillFinding inNote = readRefill(noteTokens);
            if (inNote.specific() || refill.refill == ServiceAttributes::Refill::Unknown)
                refill = inNote;
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

#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// The wide-character API (cchar_t, setcchar, mvadd_wch) is only declared with these.
#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift cannot import curses macros or macro-like globals: small inline functions instead.
static inline WINDOW *cncurses_stdscr(void) { return stdscr; }
static inline int cncurses_lines(void) { return LINES; }
static inline int cncurses_cols(void) { return COLS; }
static inline int cncurses_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t cncurses_a_normal(void) { return A_NORMAL; }
static inline attr_t cncurses_a_bold(void) { return A_BOLD; }
static inline attr_t cncurses_a_dim(void) { return A_DIM; }
static inline attr_t cncurses_a_reverse(void) { return A_REVERSE; }
static inline attr_t cncurses_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cncurses_a_italic(void) { return A_ITALIC; }
static inline int cncurses_colors(void) { return COLORS; }

/// Puts one grapheme (up to CCHARW_MAX wide characters) with attributes and a colour pair at (y, x).
static inline int cncurses_put(int y, int x, const wchar_t *chars, int count, attr_t attrs, short pair) {
    cchar_t cell;
    wchar_t buffer[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) buffer[i] = chars[i];
    buffer[n] = L'\0';
    if (setcchar(&cell, buffer, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// True when curses can hold this grapheme in one cell as it is, `width` columns wide: no more
/// than CCHARW_MAX wide characters, the first `width` columns wide and the rest zero-width.
/// (setcchar keeps only up to the first spacing character after the first, so a ZWJ sequence, a
/// skin tone or a flag pair would be cut; and a width curses counts differently would shift the
/// rest of the row.)
static inline bool cncurses_cell_fits(const wchar_t *chars, int count, int width) {
    if (count < 1 || count > CCHARW_MAX || wcwidth(chars[0]) != width) return false;
    for (int i = 1; i < count; i++) {
        if (wcwidth(chars[i]) != 0) return false;
    }
    return true;
}

/// The terminal's cursor-addressing string for (y, x), with any padding left for tputs; NULL
/// when the terminal has none. (tiparm is variadic, which Swift cannot call.)
static inline const char *cncurses_cursor_address(int y, int x) {
    const char *cup = tigetstr("cup");
    if (cup == NULL || cup == (const char *)-1) return NULL;
    return tiparm(cup, y, x);
}

/// Looks the terminal named by TERM up in terminfo without taking the screen or writing to it:
/// 1 when it can address the cursor, 0 when it cannot (TERM=dumb), -1 when it is not known.
static inline int cncurses_terminal_capability(int fd) {
    int status = 0;
    if (setupterm(NULL, fd, &status) != OK) return -1;
    const char *cup = tigetstr("cup");
    int result = (cup != NULL && cup != (const char *)-1) ? 1 : 0;
    del_curterm(cur_term);
    return result;
}

#endif

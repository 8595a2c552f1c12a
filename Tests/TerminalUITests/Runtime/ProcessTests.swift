import Testing

/// The tests that start programs, one at a time: a script being written while another test
/// spawns a program could stay open in that child, and running the script would then fail
/// with "text file busy". Serialized also because, in a terminal, the editor tests hand the
/// terminal's foreground to an editor and take it back.
@Suite(.serialized) struct ProcessTests {}

//! End to end in French: the real binary in a pseudo-terminal with `--lang fr`, from the
//! welcome through a new assessment (in the French questionnaire) to the draft on the home
//! screen, and `assess` resuming it.

use crate::common::pty::Tui;

const ESC: &str = "\x1b";
const ENTER: &str = "\r";

#[test]
fn the_screens_speak_french_from_the_welcome_to_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();

    let mut tui = Tui::spawn(data, &["--lang", "fr"]);
    tui.wait_for("Appuyez sur a pour commencer votre première évaluation.");
    tui.send("a");
    tui.wait_for("Nouvelle évaluation");
    tui.send("Inès");
    tui.send(ENTER);
    // French typography: a narrow no-break space before `?`.
    let screen = tui.wait_for("Qui répond\u{202f}? ←→ pour choisir.");
    assert!(screen.contains("● vous   ○ l’autre partie"), "{screen}");
    tui.send(ENTER);
    // Two questionnaires: the choice, the first one offered.
    tui.wait_for("◂ La confiance dans une relation de travail ▸ (1/2)");
    tui.send(ENTER);
    let screen = tui.wait_for("Question 1 sur 29");
    assert!(
        screen.contains("Pensez à ce qui se passe vraiment entre vous et Inès"),
        "a new assessment uses the French questionnaire:\n{screen}"
    );
    // `&` is 1 on an AZERTY keyboard.
    tui.send("&");
    tui.wait_for("Question 2 sur 29");
    tui.send(ESC);
    let screen = tui.wait_for("Brouillons en cours");
    assert!(
        screen.contains("Inès · vous · commencé le") && screen.contains("1 réponse sur 29"),
        "{screen}"
    );
    tui.send("q");
    assert_eq!(tui.wait_exit(), Some(0));

    // `assess` takes the draft up again, and says so in French.
    let mut tui = Tui::spawn(data, &["assess", "Inès", "--lang", "fr"]);
    let screen = tui.wait_for("Question 2 sur 29");
    assert!(
        screen.contains("repris\u{a0}: 1 réponse sur 29"),
        "{screen}"
    );
    tui.send(ESC);
    assert_eq!(tui.wait_exit(), Some(0));
}

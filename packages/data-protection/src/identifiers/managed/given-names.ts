/**
 * Common given names of the countries whose messages we expect (EN, FR, DE, IT, ES, PT, NL, Nordic,
 * Slavic, Irish, Arabic, Indian, East Asian, West African), written from general knowledge. Names
 * that are also everyday English words (Will, Mark, Grace, Rose, Summer, Bill, Page…) are left out:
 * with them a capitalised phrase would look like a person without any other evidence. Used by the
 * Name detector to accept a full name with no cue word before it.
 */
const LIST = `
Aaron Abdul Abigail Adam Adrian Adriana Agnieszka Ahmed Ahmad Aidan Aiko Aisha Alain Alberto Aleksandra Alejandro
Alessandra Alessandro Alex Alexander Alexandra Alexis Alfonso Alice Alicia Alison Amanda Amelia Amélie Amir Ana Anastasia
Andrea Andreas Andrew Andrés Andrzej Aneta Angela Angelo Anita Anja Ann Anna Anne Annika Anoushka Antoine Anton Antonio Aoife Arjun
Arnaud Astrid Aurélie Ayesha Barbara Beatriz Ben Benjamin Benoît Bernard Bernd Bianca Björn Brian Bridget Bruno Caitlin
Camille Carla Carlos Carmen Caroline Catherine Cecilia César Charles Charlotte Chen Chiara Chloe Chloé Christian Christina
Christine Christopher Ciara Claire Clara Claudia Colin Conor Cristina Daniel Daniela Daniele David Davide Deborah Declan Deepak
Diana Diego Dieter Dimitri Dominik Dmitri Dolores Eduardo Elena Eleanor Elif Elisa Elisabeth Elizabeth Ella Emily Emma Emmanuel
Enrique Eric Erik Ethan Eva Ewa Fabian Fatima Federica Federico Felipe Felix Fernando Finn Fiona Florian Francesca Francesco
François Françoise Franz Freya Gabriel Gabriela Gareth Georg George Georgia Gerhard Giorgia Giorgio Giovanni Giulia Giuseppe Gonzalo
Guillaume Gustavo Hannah Hans Harald Harry Heinrich Helen Helena Helga Henrik Henry Hugo Ibrahim Ignacio Ines Inés Ingrid Irene Isabel
Isabella Isabelle Ivan Jacob Jakob Jamal James Jan Jana Jane Javier Jean Jennifer Jens Jérôme Jessica João Joaquín Johan Johanna John
Jonas Jonathan Jorge José Josef Joseph Josephine Juan Judith Julia Julian Julie Julien Jürgen Karen Karin Karl Katarzyna Katharina
Katherine Kathleen Kenji Kevin Klaus Kofi Kwame Lars Laura Laurent Lea Léa Leah Leon Leonardo Liam Lina Linda Lisa Lorenzo Louis
Louise Luca Lucas Lucia Lucía Luis Luisa Lukas Magdalena Manon Manuel Manuela Marc Marco Marcus Margaret Maria María Marie Marina
Mario Marion Marta Martin Martina Mary Mateo Mathieu Matteo Matthew Matthias Max Maximilian Mehmet Mei Melanie Mia Michael Michaela
Michel Michele Michelle Miguel Mikael Mohamed Mohammed Muhammad Monika Nadia Nathalie Nicholas Nicola Nicolas Niamh Niklas Nikolai
Noah Nora Océane Olga Olivia Oliver Olivier Omar Oscar Óscar Pablo Paola Patricia Patrick Paul Paula Pedro Peter Petra Philippe
Pierre Pietro Piotr Priya Rafael Rahul Rajesh Ramón Raquel Rebecca Richard Ricardo Robert Roberto Rosa Ryan Sabine Samuel Sandra
Sara Sarah Sebastian Sébastien Sergio Simon Simone Siobhan Sofia Sofía Sophie Stefan Stefano Stephen Steven Susan Svetlana Sven
Tatiana Thomas Tobias Tomasz Tom Ulrich Valentina Valeria Vanessa Vera Victor Vincent Wei Wolfgang Xavier Yasmin Yuki Yusuf Zoë Zoe
Ali Amit Anders Ava Charlie Daisy Dylan Edward Erin Giacomo Grzegorz Jack Jakub Kai Leila Lena Maja Marek Mila Nina Olav Pavel
Raúl Rui Sean Seán Sergei Tanja Tereza Ursula Vladimir Walter Werner Yara Zara Li Hiroshi Haruto Sakura Minh Thanh
Kim Ji Hye Jin Arjun Vikram Sunita Anil Ravi Kavya Neha Oluwaseun Chinedu Ngozi Amara Kiran Aditi Emeka
`;

/** Given names, case-sensitive as written (a name in a message is capitalised). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

/** A regex source matching exactly one given name of the list (grouped by first letter, so a word is tried against few names). */
export function givenNameSource(): string {
  const byFirst = new Map<string, string[]>();
  for (const n of GIVEN_NAMES) {
    const first = n[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), n.slice(1)]);
  }
  const groups = [...byFirst].map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`);
  return `(?:${groups.join('|')})(?![\\p{L}'’-])`;
}

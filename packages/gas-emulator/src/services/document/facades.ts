/**
 * Loads every element facade so each registers itself for its node type (session.ts maps a node
 * to its class at run time; importing the classes here keeps module cycles out of the way).
 */
import './text';
import './paragraph';
import './listItem';
import './body';
import './headerFooter';
import './table';
import './inlineElements';

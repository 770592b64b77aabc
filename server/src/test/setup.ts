// First: the ORM is loaded as the API loads it, with its stores replaced (common/orm-async-scope.ts).
import '../common/orm-async-scope';
import 'reflect-metadata';
